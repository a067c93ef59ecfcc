/**
 * A demo street's person as seeded into `users`: fixed openid (tests and the local sign-in name
 * them), role, name, the sign-in list's label, and what the role needs (`extra`: phone, address,
 * grid, company…). Both demo streets build their people with it.
 */
export const demoUser = (
  openid: string,
  role: string,
  name: string,
  label: string,
  extra: object,
) => ({
  _id: openid,
  role,
  name,
  label,
  demo: true,
  ...extra,
})

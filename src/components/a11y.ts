/**
 * A name a screen reader speaks for a Taro form control: WeChat reads `aria-label` on the native
 * control, while Taro H5 draws its own element around an <input> and passes only `nativeProps` on.
 */
export const named = (label: string) => ({
  ariaLabel: label,
  nativeProps: { 'aria-label': label },
})

/**
 * H5: a region that scrolls (Taro's page container, a ScrollView around a wide table) must be
 * reachable by keyboard, or its hidden part cannot be read without a mouse (WCAG 2.1.1).
 */
export function keepScrollRegionsFocusable(): void {
  const mark = () => {
    for (const el of document.querySelectorAll('.taro_page, taro-scroll-view-core'))
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0')
  }
  new MutationObserver(mark).observe(document.documentElement, { childList: true, subtree: true })
  mark()
}

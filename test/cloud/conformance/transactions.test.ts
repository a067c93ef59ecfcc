import { useEmulator } from './support'

const t = useEmulator({
  conf_acct: [
    { _id: 'A', balance: 100 },
    { _id: 'B', balance: 0 },
  ],
  conf_log: [],
})
const balance = async (id: string) =>
  (await t.db.collection('conf_acct').doc(id).get()).data.balance

test('runTransaction commits every write together', async () => {
  await t.db.runTransaction(
    async (tx: {
      collection(n: string): { doc(id: string): { update(o: object): Promise<unknown> } }
    }) => {
      await tx
        .collection('conf_acct')
        .doc('A')
        .update({ data: { balance: t._.inc(-30) } })
      await tx
        .collection('conf_acct')
        .doc('B')
        .update({ data: { balance: t._.inc(30) } })
    },
  )
  expect([await balance('A'), await balance('B')]).toEqual([70, 30])
})

test('an error inside runTransaction rolls everything back', async () => {
  await expect(
    t.db.runTransaction(
      async (tx: {
        collection(n: string): { doc(id: string): { update(o: object): Promise<unknown> } }
      }) => {
        await tx
          .collection('conf_acct')
          .doc('A')
          .update({ data: { balance: t._.inc(-50) } })
        throw new Error('insufficient approval')
      },
    ),
  ).rejects.toThrow()
  expect([await balance('A'), await balance('B')]).toEqual([70, 30])
})

test('rollback() with a value aborts and gives the value', async () => {
  const r = await t.db
    .runTransaction(
      async (tx: {
        collection(n: string): { doc(id: string): { update(o: object): Promise<unknown> } }
        rollback(v: unknown): Promise<unknown>
      }) => {
        await tx
          .collection('conf_acct')
          .doc('B')
          .update({ data: { balance: t._.inc(1000) } })
        await tx.rollback('not today')
      },
    )
    .catch((e: unknown) => e)
  expect(r).toBe('not today')
  expect(await balance('B')).toBe(30)
})

test('startTransaction: reads see the transaction’s own writes; abort discards them', async () => {
  const tx = await t.db.startTransaction()
  await tx
    .collection('conf_acct')
    .doc('A')
    .update({ data: { balance: 1 } })
  expect((await tx.collection('conf_acct').doc('A').get()).data.balance).toBe(1)
  await tx.rollback()
  expect(await balance('A')).toBe(70)
})

test('isolation: a write outside waits for the transaction and then applies on top', async () => {
  const tx = await t.db.startTransaction()
  await tx
    .collection('conf_acct')
    .doc('A')
    .update({ data: { balance: t._.inc(5) } })
  let outsideDone = false
  const outside = t.db
    .collection('conf_acct')
    .doc('A')
    .update({ data: { balance: t._.inc(100) } })
    .then(() => (outsideDone = true))
  await new Promise((r) => setTimeout(r, 200))
  expect(outsideDone).toBe(false) // held back while the transaction is open
  expect(await balance('A')).toBe(70) // readers see only committed data
  await tx.commit()
  await outside
  expect(await balance('A')).toBe(175)
})

test('add inside a transaction is all-or-nothing with the rest', async () => {
  const before = (await t.db.collection('conf_log').count()).total
  await t.db
    .runTransaction(
      async (tx: {
        collection(n: string): {
          add(o: object): Promise<unknown>
          doc(id: string): { update(o: object): Promise<unknown> }
        }
      }) => {
        await tx.collection('conf_log').add({ data: { _id: 'L1', note: 'transfer' } })
        await tx
          .collection('conf_acct')
          .doc('missing')
          .update({ data: { balance: 1 } })
        throw new Error('abort after add')
      },
    )
    .catch(() => undefined)
  expect((await t.db.collection('conf_log').count()).total).toBe(before)
})

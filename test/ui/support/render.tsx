import TestUtils from '@tarojs/test-utils-react'
import type { ComponentType } from 'react'
import { memoryStorage } from '@/services/storage/memory'
import { RootStore, type Services } from '@/stores/RootStore'
import { StoreProvider } from '@/stores/context'
import { FakeCloud } from '../../support/fake-cloud'
import { fakeKeeper } from '../../support/fake-keeper'
import { fakePhotos } from '../../support/fake-photos'

/**
 * Mounts a page inside a RootStore built on a FakeCloud and a fake camera (it "takes"
 * photo-1.jpg), as the app does with the real services.
 */
export async function renderPage(
  Page: ComponentType,
  cloud = new FakeCloud(),
  photos = fakePhotos(),
  more: Partial<Services> = {},
) {
  const store = new RootStore({
    cloud,
    storage: memoryStorage(),
    keeper: fakeKeeper(),
    photos,
    ...more,
  })
  const utils = new TestUtils()
  function Wrapped() {
    return (
      <StoreProvider store={store}>
        <Page />
      </StoreProvider>
    )
  }
  await utils.mount(Wrapped)
  mounted.push(utils)
  return { utils, store, cloud }
}

const mounted: TestUtils[] = []

/** Each test starts from an empty page: unmount what the previous one rendered. */
afterEach(() => {
  for (const u of mounted.splice(0)) {
    try {
      u.unmout()
    } catch {
      // already unmounted by the test
    }
  }
  document.body.innerHTML = ''
})

/** The innermost element whose text contains `text` (what a finger would land on). */
export function byText(utils: TestUtils, text: string): HTMLElement {
  const all = utils.queries.queryAllByText(text) as HTMLElement[]
  const el = all[all.length - 1]
  if (!el) throw new Error(`text not found: ${text}`)
  return el
}

/** Waits (without a fixed sleep, up to `ms`) until `cond` holds; else fails saying `what`. */
export async function until(cond: () => boolean, what: string, ms = 5000) {
  const end = Date.now() + ms
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 10))
  if (!cond()) throw new Error(`waited ${ms} ms in vain for: ${what}`)
}

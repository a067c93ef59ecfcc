/** Type-only entry; Taro picks index.h5.ts or index.weapp.ts at build time. */
import type { LiveEvent } from './types'

/**
 * Opens the signed-in user's live event stream and calls `onEvent` for each event; returns a
 * function that closes it. H5: the gateway's Server-Sent Events. weapp: no stream (the
 * mini-program gets subscribe messages, refreshes pages on show and polls while a live page is
 * visible: src/stores/LivePoll.ts), so it never calls back.
 */
export declare function openEvents(onEvent: (e: LiveEvent) => void): () => void
export type { LiveEvent } from './types'

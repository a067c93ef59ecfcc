import TaskPage from '@/pages/worker/task'
import type { AudioService, PlayerEvents } from '@/services/audio/types'
import { CLOUD } from '../../mp/fixtures'
import { FakeCloud } from '../../support/fake-cloud'
import { renderPage, until } from '../support/render'

const CLIP = 'cloud://xb.bucket/attached/reports/r1/clip.mp3'
const URL = 'http://files.test/clip.mp3'

/** A platform player per clip made: it starts playing when told, as a real one reports it. */
function fakeAudio() {
  const made: Array<{ src: string; plays: number; destroyed: boolean }> = []
  const audio: AudioService = {
    player(src: string, events: PlayerEvents) {
      const p = { src, plays: 0, destroyed: false }
      made.push(p)
      return {
        play: () => (p.plays++, events.state('playing')),
        pause: () => events.state('paused'),
        destroy: () => void (p.destroyed = true),
      }
    },
  }
  return { audio, made }
}

/** An answer the test hands over when it chooses (the slow round trips of a cold open). */
function later<T>() {
  let give!: (v: T) => void
  const answer = new Promise<T>((r) => (give = r))
  return { answer, give }
}

/**
 * 任务详情 opened cold: the report draws with its 播放 button before the clip's URL has come
 * (user.fileUrls, one round trip later) and before the session (user.whoami). A tap then is
 * one tap: it plays once the URL comes, and the session's arrival leaves that same clip playing.
 */
test('a clip tapped in the first second of a cold open plays, and keeps playing as the session arrives', async () => {
  ;(globalThis as { mockRouterParams?: object }).mockRouterParams = { id: 'r1' }
  const who = later<unknown>()
  const urls = later<Record<string, string>>()
  const cloud = new FakeCloud()
    .on('user.whoami', () => who.answer)
    .on('report.get', () => ({ ...CLOUD['report.get'](), voice: { fileID: CLIP, seconds: 7 } }))
  cloud.getFileUrls = () => urls.answer
  const { audio, made } = fakeAudio()
  const { utils, store } = await renderPage(TaskPage, cloud, undefined, { audio })
  const session = store.session.load()
  const button = () => document.querySelector('.voice-player__button') as HTMLElement | null
  await until(() => button() !== null, 'the report with its 播放 button')
  const player = document.querySelector('.voice-player')

  utils.fireEvent.click(button()!)
  await until(
    () => document.body.textContent!.includes('正在加载语音…'),
    'the tap kept: 正在加载语音…',
  )
  expect(document.body.textContent).not.toContain('语音暂时无法播放')

  urls.give({ [CLIP]: URL })
  await until(() => button()!.textContent!.includes('暂停'), 'the clip playing once its URL came')
  expect(made).toEqual([{ src: URL, plays: 1, destroyed: false }])

  // The session arrives: the page draws again, the same player plays on.
  who.give({ openid: 'o_g', role: 'grid_worker', name: '张海燕', registered: true, address: null })
  await session
  expect(store.session.status).toBe('ready')
  // Nothing to wait for: the wrong outcome (a new player) would be drawn within this moment.
  await new Promise((r) => setTimeout(r, 50))
  expect(document.querySelector('.voice-player')).toBe(player)
  expect(made).toEqual([{ src: URL, plays: 1, destroyed: false }])
  expect(document.body.textContent).toContain('正在播放')
}, 20_000)

import Taro from '@tarojs/taro'
import type { Surface } from './draw'

/**
 * The 2D context a chart draws on, sized for the screen's pixel ratio: in weapp the node of a
 * `<Canvas type="2d">` found by a selector query, in H5 the <canvas> element itself. null while
 * the canvas has no size (not laid out yet, or jsdom, which lays nothing out).
 */

/** H5: the element's laid-out size, its backing store scaled to the device pixels. */
export function h5Surface(el: HTMLCanvasElement | null): Surface | null {
  const width = el?.clientWidth ?? 0
  const height = el?.clientHeight ?? 0
  if (!el || !width || !height) return null
  const pixelRatio = window.devicePixelRatio || 1
  el.width = width * pixelRatio
  el.height = height * pixelRatio
  const context = el.getContext('2d')
  return context ? { context, width, height, pixelRatio } : null
}

interface CanvasNode {
  width: number
  height: number
  getContext: (type: '2d') => CanvasRenderingContext2D
  createImage: () => unknown
  requestAnimationFrame: (cb: () => void) => number
  cancelAnimationFrame: (id: number) => void
}

function queryNode(
  id: string,
): Promise<{ node: CanvasNode; width: number; height: number } | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: CanvasNode; width: number; height: number } | null>) => {
        const r = res[0]
        resolve(
          r?.node && r.width && r.height
            ? { node: r.node, width: r.width, height: r.height }
            : null,
        )
      })
  })
}

/**
 * weapp: the canvas node once the view layer has it (a render's setData reaches the view a tick
 * later, so ask again a few times). rAF and images come from the node: there is no window.
 */
export async function weappSurface(id: string, tries = 10): Promise<Surface | null> {
  for (let i = 0; i < tries; i++) {
    await new Promise<void>((r) => Taro.nextTick(r))
    const found = await queryNode(id)
    if (!found) continue
    const { node, width, height } = found
    const pixelRatio = Taro.getWindowInfo?.().pixelRatio ?? Taro.getSystemInfoSync().pixelRatio
    node.width = width * pixelRatio
    node.height = height * pixelRatio
    return {
      context: node.getContext('2d'),
      width,
      height,
      pixelRatio,
      platform: {
        createImage: () => node.createImage(),
        requestAnimationFrame: (cb: () => void) => node.requestAnimationFrame(cb),
        cancelAnimationFrame: (n: number) => node.cancelAnimationFrame(n),
        offscreenCanvas: Taro.createOffscreenCanvas({ type: '2d' }),
      },
    }
  }
  return null
}

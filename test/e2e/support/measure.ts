import type { Page } from 'playwright-core'

/** What the measurement pass reads from one page as drawn (CSS px, computed styles). */
export interface Measures {
  /** Smallest font of visible text, tab bar excluded (its labels have their own floor). */
  minFont: number
  /** Smallest tab-bar label font (0 when the page has no tab bar). */
  minTabFont: number
  /** Largest font on the page. */
  maxFont: number
  /** Font of the page's main heading (the first visible MAIN_HEADING); 0 = the page has none. */
  heading: number
  /** Smallest line height ÷ font size of visible text. */
  minLine: number
  /** Smallest side of a main target (primary buttons, 长辈版 首页 buttons); 0 = none on the page. */
  minMain: number
  /** Smallest side of any tap target (buttons, switches, inputs, tab items). */
  minTarget: number
  /** Lowest text contrast, and the lowest among normal-size text (where 4.5:1 applies). */
  minContrast: number
  minContrastNormal: number
  /** Where each minimum was found, to fix what fails. */
  where: Record<string, string>
}

/**
 * A page's main heading, defined once: a marked level-1 heading, else its first section title
 * (.card-title, the title every page's cards use), or 首页's greeting / 长辈版 title.
 */
export const MAIN_HEADING =
  '.page [aria-level="1"], .page .card-title, .page .home__greeting, .page .elder-home__title'

/**
 * Reads computed styles and boxes of everything visible. Contrast: text colour against the first
 * opaque background behind it (gradient/image backgrounds are skipped: axe reviews those).
 */
export function measure(page: Page): Promise<Measures> {
  return page.evaluate((headingSelector) => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      if (r.width < 1 || r.height < 1) return false
      const s = getComputedStyle(el)
      return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0.1
    }
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent || '').trim().slice(0, 16)}"`
    const rgb = (c: string) => (c.match(/[\d.]+/g) || []).map(Number)
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const x = v / 255
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
    }
    const background = (el: Element | null): number[] | null => {
      for (let e = el; e; e = e.parentElement) {
        const s = getComputedStyle(e)
        if (s.backgroundImage !== 'none') return null
        const c = rgb(s.backgroundColor)
        if (c.length >= 3 && (c.length < 4 || c[3] > 0.9)) return c
      }
      return [255, 255, 255]
    }
    const m = {
      minFont: 999,
      minTabFont: 0,
      maxFont: 0,
      heading: 0,
      minLine: 99,
      minMain: 0,
      minTarget: 999,
      minContrast: 99,
      minContrastNormal: 99,
      where: {} as Record<string, string>,
    }
    const low = (
      key: 'minFont' | 'minLine' | 'minTarget' | 'minContrast' | 'minContrastNormal',
      v: number,
      el: Element,
    ) => {
      if (v < m[key]) {
        m[key] = v
        m.where[key] = describe(el)
      }
    }
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())
      // SVG text is drawn at the viewBox's scale, not its font-size: the map is checked by eye.
      if (!own || !visible(el) || el.closest('#boot, script, style, svg')) continue
      const s = getComputedStyle(el)
      const size = parseFloat(s.fontSize)
      if (el.closest('.weui-tabbar')) {
        m.minTabFont = m.minTabFont ? Math.min(m.minTabFont, size) : size
        continue
      }
      low('minFont', size, el)
      m.maxFont = Math.max(m.maxFont, size)
      if (s.lineHeight !== 'normal') low('minLine', parseFloat(s.lineHeight) / size, el)
      const bg = background(el)
      const fg = rgb(s.color)
      if (bg && (fg.length < 4 || fg[3] > 0.9)) {
        const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x)
        const ratio = Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100
        low('minContrast', ratio, el)
        const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700)
        if (!large) low('minContrastNormal', ratio, el)
      }
    }
    const TARGETS =
      'taro-button-core, button, [role=button], [role=switch], [role=link], input, textarea, .weui-tabbar__item'
    for (const el of document.querySelectorAll(TARGETS)) {
      if (!visible(el) || el.closest('#boot')) continue
      const r = el.getBoundingClientRect()
      const side = Math.round(Math.min(r.width, r.height) * 10) / 10
      low('minTarget', side, el)
      if (el.matches('.btn-primary, .elder-home__big') && (!m.minMain || side < m.minMain)) {
        m.minMain = side
        m.where.minMain = describe(el)
      }
    }
    if (m.minTarget === 999) m.minTarget = 0
    const heading = [...document.querySelectorAll(headingSelector)].find(visible)
    if (heading) {
      m.heading = parseFloat(getComputedStyle(heading).fontSize)
      m.where.heading = describe(heading)
    }
    return m
  }, MAIN_HEADING)
}

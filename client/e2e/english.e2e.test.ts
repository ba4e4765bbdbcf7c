/**
 * Every view in English: no Dutch words outside what is marked as Dutch (`lang="nl"`: the names
 * and texts of the sources themselves, such as a priority's title). Dates and numbers in English.
 */
import { eventually, openView, useDashboard, VIEWS } from './harness.js';

const dashboard = useDashboard();

/** Names that stay Dutch in English: the organisation and its programme. */
const PROPER_NAMES = /Zorg- en Veiligheidshuis|Allen voor Een/g;

/** Words that are Dutch and not English; each a sign of an untranslated text. */
const DUTCH = [
  'de',
  'het',
  'een',
  'van',
  'en',
  'met',
  'voor',
  'niet',
  'zijn',
  'wordt',
  'naar',
  'uit',
  'bij',
  'ook',
  'nog',
  'geen',
  'alle',
  'deze',
  'dit',
  'casussen',
  'gemeente',
  'gemeenten',
  'peildatum',
  'inwoners',
  'bijdrage',
  'bijdragen',
  'bron',
  'tabel',
  'tonen',
  'regio',
  'jaar',
  'januari',
  'februari',
  'maart',
  'mei',
  'juni',
  'juli',
  'augustus',
  'oktober',
  'geïmporteerd',
  'afgeschermd',
  'lopende',
];
const WORD = new RegExp(`(?<![\\p{L}-])(${DUTCH.join('|')})(?![\\p{L}-])`, 'giu');

/** The visible text of the page outside elements marked as Dutch. */
async function englishText(): Promise<string> {
  return dashboard.page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const element = node as HTMLElement;
      if (element.lang === 'nl' || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(element.tagName)) return;
      if (element.getAttribute('aria-hidden') === 'true' && element.tagName === 'svg') return;
      for (const child of element.childNodes) walk(child);
    };
    walk(document.body);
    return parts.join(' ');
  });
}

describe('the dashboard in English', () => {
  test.each([...VIEWS.map((v) => v.path), '/presentatie', '/rapport'])('%s shows no Dutch outside marked Dutch texts', async (path) => {
    const page = dashboard.page;
    if (!page.url().startsWith('http')) await openView(page, dashboard.url('/toegankelijkheid'));
    await page.evaluate(() => localStorage.setItem('zv-lang', 'en'));
    await openView(page, dashboard.url(path));
    await eventually(async () => expect(await page.locator('html').getAttribute('lang')).toBe('en'));
    const text = (await englishText()).replace(PROPER_NAMES, '');
    const found = [
      ...new Set([...text.matchAll(WORD)].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' '))),
    ];
    expect({ path, dutch: found }).toEqual({ path, dutch: [] });
  });
});

/**
 * Every view in English: no Dutch words outside what is marked as Dutch (`lang="nl"`: the names
 * and texts of the sources themselves, such as a priority's title), and no ISO date in the text:
 * dates go through the locale's formatter.
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

/** Sets the language to English (in this browser profile) and opens `path`. */
async function openInEnglish(path: string): Promise<void> {
  const page = dashboard.page;
  if (!page.url().startsWith('http')) await openView(page, dashboard.url('/toegankelijkheid'));
  await page.evaluate(() => localStorage.setItem('zv-lang', 'en'));
  await openView(page, dashboard.url(path));
  await eventually(async () => expect(await page.locator('html').getAttribute('lang')).toBe('en'));
}

async function dutchOnPage(): Promise<string[]> {
  // Quoted words are values to type as they are ("Niet gespecificeerd" in a file), not text.
  const text = (await englishText()).replace(PROPER_NAMES, '').replace(/"[^"\n]{1,60}"/g, '');
  // An ISO date in a sentence is a date that did not go through the locale's formatter.
  const found = [...text.matchAll(WORD), ...text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)];
  return [...new Set(found.map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')))];
}

/** Chooses the caseload kind and `content` as its file, and presses "Check". */
async function checkFile(name: string, content: string): Promise<void> {
  const page = dashboard.page;
  await page.getByLabel('Kind of data', { exact: true }).selectOption({ label: 'Caseload (counts)' });
  await page.getByLabel('File', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  await page.getByRole('button', { name: 'Check', exact: true }).click();
}

describe('the dashboard in English', () => {
  test.each([...VIEWS.map((v) => v.path), '/presentatie', '/rapport'])('%s shows no Dutch outside marked Dutch texts', async (path) => {
    await openInEnglish(path);
    expect({ path, dutch: await dutchOnPage() }).toEqual({ path, dutch: [] });
  });

  test('an import refused with errors, one confirmed that replaces a count date, and the versions it keeps', async () => {
    const page = dashboard.page;
    await openInEnglish('/beheer/import');
    await checkFile('fouten.csv', 'peildatum;gemeente;aantal\n1-6-2024;Zaanstad;drie\n');
    await page.getByRole('alert').filter({ hasText: 'not imported' }).waitFor({ state: 'visible', timeout: 15_000 });
    expect({ step: 'refused', dutch: await dutchOnPage() }).toEqual({ step: 'refused', dutch: [] });

    for (const count of [4, 5]) {
      await openInEnglish('/beheer/import');
      await checkFile(`telling-${count}.csv`, `peildatum;gemeente;aantal\n1-6-2024;Zaanstad;${count}\n1-6-2024;Totaal;${count}\n`);
      const preview = page.getByRole('region', { name: 'Check: what the import changes' });
      await preview.waitFor({ state: 'visible', timeout: 15_000 });
      expect({ step: `preview ${count}`, dutch: await dutchOnPage() }).toEqual({ step: `preview ${count}`, dutch: [] });
      await preview.getByRole('button', { name: 'Confirm import', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Import complete' }).waitFor({ state: 'visible', timeout: 15_000 });
      expect({ step: `done ${count}`, dutch: await dutchOnPage() }).toEqual({ step: `done ${count}`, dutch: [] });
    }

    await openInEnglish('/beheer/versies');
    await eventually(async () => expect(await page.getByRole('table').count()).toBeGreaterThan(0));
    expect({ step: 'versions', dutch: await dutchOnPage() }).toEqual({ step: 'versions', dutch: [] });
  });
});

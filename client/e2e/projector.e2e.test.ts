/**
 * The dashboard on large screens and projectors (1280×720, 1920×1080, 3840×2160): the overview uses
 * the screen's width, chart text is as large as the body text on every chart, and presentation
 * slides are readable from the back of a room (no text under 24 px at 1920×1080, nothing cut off).
 * Screenshots of every size go to artifacts/screenshots/projector-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually, normalize, openView, repoRoot, screenshotDir, useDashboard, waitForReact } from './harness.js';

const dashboard = useDashboard();

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

/** The views with charts, and the name of their screenshots. */
const CHART_VIEWS = [
  { path: '/', name: 'overzicht' },
  { path: '/casuistiek', name: 'casuistiek' },
  { path: '/gemeente/GM0479', name: 'gemeente' },
  { path: '/rapport', name: 'rapport' },
] as const;

beforeAll(() => {
  mkdirSync(screenshotDir, { recursive: true });
});

async function open(page: Page, path: string, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await openView(page, dashboard.url(path));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

interface ChartText {
  chart: string;
  text: string;
  /** On screen, in CSS pixels: the font size times the chart's scale. */
  size: number;
}

/** Every visible text of every chart on the page, with its on-screen font size. */
async function chartTexts(page: Page): Promise<ChartText[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<SVGTextElement>('svg.chart text')).flatMap((text) => {
      const svg = text.ownerSVGElement;
      const matrix = text.getScreenCTM();
      const content = (text.textContent ?? '').trim();
      if (!svg || !matrix || !content || text.getBoundingClientRect().width === 0) return [];
      const scale = Math.hypot(matrix.a, matrix.b);
      return [
        {
          chart: svg.getAttribute('aria-label') ?? '?',
          text: content.slice(0, 40),
          size: Number.parseFloat(getComputedStyle(text).fontSize) * scale,
        },
      ];
    }),
  );
}

async function bodyTextSize(page: Page): Promise<number> {
  return page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
}

describe.each(SIZES)('at $width×$height', (size) => {
  test('the views with charts are photographed, and all their chart text is the size of the body text (±15 %)', async () => {
    const page = dashboard.page;
    const texts: (ChartText & { view: string })[] = [];
    let body = 0;
    for (const view of CHART_VIEWS) {
      await open(page, view.path, size);
      // The charts lay themselves out for their measured width after the page is taken over.
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(screenshotDir, `projector-${view.name}-${size.width}.png`), animations: 'disabled' });
      body = await bodyTextSize(page);
      const found = await chartTexts(page);
      expect(found.length).toBeGreaterThan(10);
      texts.push(...found.map((t) => ({ ...t, view: view.path })));
    }
    const sorted = texts.map((t) => t.size).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const outliers = texts.filter((t) => t.size < median * 0.85 || t.size > median * 1.15 || t.size < body * 0.85);
    expect(
      outliers.map((t) => `${t.view} · ${t.chart} · "${t.text}": ${t.size.toFixed(1)} px (median ${median.toFixed(1)}, body ${body} px)`),
    ).toEqual([]);
    expect(median).toBeGreaterThanOrEqual(body * 0.85);
    expect(median).toBeLessThanOrEqual(body * 1.15);
  });
});

test.each([
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
])('at $width×$height the overview uses the screen: its tiles and charts span at least 85 % of its width', async (size) => {
  const page = dashboard.page;
  await open(page, '/', size);
  const spans = await page.evaluate(() =>
    ['.zv-tiles', '.zv-overview__charts'].map((selector) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return { selector, share: rect ? rect.width / window.innerWidth : 0 };
    }),
  );
  expect(spans.filter((span) => !(span.share >= 0.85))).toEqual([]);
  // and the whole interface grows with the screen above 1920 px: twice the text at 3840 px
  expect(await bodyTextSize(page)).toBeCloseTo((17 * size.width) / 1920, 0);
});

test("before the browser takes the page over (no JavaScript: the server's page), chart text at 1920×1080 already has the body text's size", async () => {
  const session = await dashboard.page.context().storageState();
  const context = await dashboard.browser.newContext({
    javaScriptEnabled: false,
    storageState: session,
    viewport: { width: 1920, height: 1080 },
  });
  try {
    const page = await context.newPage();
    for (const path of ['/', '/casuistiek']) {
      await page.goto(dashboard.url(path));
      await page.locator('svg.chart').first().waitFor();
      const body = await bodyTextSize(page);
      const texts = await chartTexts(page);
      expect(texts.length).toBeGreaterThan(10);
      const wrong = texts.filter((t) => t.size < body * 0.85 || t.size > body * 1.15);
      expect(wrong.map((t) => `${path} · ${t.chart} · "${t.text}": ${t.size.toFixed(1)} px`)).toEqual([]);
    }
  } finally {
    await context.close();
  }
});

/** Visible texts of the presentation smaller than `least` px, and whatever sticks out of the slide or the screen. */
async function slideProblems(page: Page, least: number): Promise<{ small: string[]; overflow: string[] }> {
  return page.evaluate((least) => {
    const small: string[] = [];
    const overflow: string[] = [];
    const slide = document.querySelector('.zv-slide');
    const present = document.querySelector('.zv-present');
    if (!slide || !present) return { small: ['no slide'], overflow: [] };
    if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1)
      overflow.push(`the slide scrolls: ${slide.scrollWidth}×${slide.scrollHeight} in ${slide.clientWidth}×${slide.clientHeight}`);
    const bounds = { right: window.innerWidth, bottom: window.innerHeight };
    for (const element of Array.from(present.querySelectorAll<HTMLElement | SVGElement>('*'))) {
      const ownText = Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (!ownText) continue;
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Screen-reader-only texts (1 px, clipped) are not on the screen.
      if (rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden' || element.closest('.zv-visually-hidden')) continue;
      let size = Number.parseFloat(style.fontSize);
      if (element instanceof SVGElement) {
        const matrix = (element as SVGGraphicsElement).getScreenCTM?.();
        if (matrix) size *= Math.hypot(matrix.a, matrix.b);
      }
      if (size < least) small.push(`"${ownText.slice(0, 40)}": ${size.toFixed(1)} px`);
      if (rect.right > bounds.right + 1 || rect.bottom > bounds.bottom + 1 || rect.left < -1 || rect.top < -1)
        overflow.push(
          `"${ownText.slice(0, 40)}" at ${Math.round(rect.left)},${Math.round(rect.top)}–${Math.round(rect.right)},${Math.round(rect.bottom)}`,
        );
    }
    return { small, overflow };
  }, least);
}

async function counter(page: Page): Promise<string> {
  return normalize(await page.getByTestId('slide-counter').innerText());
}

describe.each(SIZES)('presentation at $width×$height', (size) => {
  test('every slide is photographed, nothing on it is cut off or scrolls, and no text is smaller than 24 px at 1080 high (in proportion)', async () => {
    const page = dashboard.page;
    await open(page, '/presentatie', size);
    await eventually(async () => expect(await counter(page)).toMatch(/^1 \//));
    const total = Number((await counter(page)).split('/')[1]);
    expect(total).toBeGreaterThanOrEqual(5);
    const least = (24 * size.height) / 1080;
    const problems: string[] = [];
    for (let dia = 1; dia <= total; dia++) {
      await page.goto(dashboard.url(`/presentatie?dia=${dia}`));
      await waitForReact(page);
      await eventually(async () => expect(await counter(page)).toBe(`${dia} / ${total}`));
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(screenshotDir, `projector-presentatie-${dia}-${size.width}.png`), animations: 'disabled' });
      const found = await slideProblems(page, least);
      problems.push(...found.small.map((p) => `dia ${dia}, too small: ${p}`), ...found.overflow.map((p) => `dia ${dia}, cut off: ${p}`));
    }
    expect(problems).toEqual([]);
  });
});

test('the priorities status table lists every priority, with its status as icon and word', async () => {
  const page = dashboard.page;
  await open(page, '/presentatie', { width: 1920, height: 1080 });
  const themes = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ themes { number title } }' }),
    });
    const body = (await response.json()) as { data: { themes: { number: number; title: string }[] } };
    return body.data.themes.map((th) => `${th.number} ${th.title}`).sort();
  });
  expect(themes.length).toBeGreaterThanOrEqual(5);
  const total = Number((await counter(page)).split('/')[1]);
  const rows: string[] = [];
  for (let dia = 1; dia <= total; dia++) {
    await page.goto(dashboard.url(`/presentatie?dia=${dia}`));
    await waitForReact(page);
    await eventually(async () => expect(await counter(page)).toBe(`${dia} / ${total}`));
    if (!/^Prioriteiten/.test(normalize(await page.locator('h1').first().innerText()))) continue;
    for (const row of await page.locator('.zv-slide tbody tr').all()) {
      rows.push(normalize(await row.locator('th').innerText()));
      expect(normalize(await row.locator('td').first().innerText())).toMatch(
        /^[○✓!✕■] ?(Niet beoordeeld|Op koers|Risico|Uit koers|Afgerond)$/,
      );
    }
  }
  expect([...rows].sort()).toEqual(themes);
  expect(dashboard.errors).toEqual([]);
});

test('/rapport printed on A4 from a 1920 px wide screen has its chart text at the size of the body text (9pt, ±15 %)', async () => {
  const page = dashboard.page;
  await open(page, '/rapport', { width: 1920, height: 1080 });
  await page.waitForTimeout(300);
  // The texts of the charts that stand nowhere else on the page (not "96" of a tile, say).
  const chartStrings = new Set(
    await page.evaluate(() => {
      const own = (element: Element) =>
        Array.from(element.childNodes)
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent ?? '')
          .join('')
          .trim();
      const elsewhere = new Set(
        Array.from(document.body.querySelectorAll('*'))
          .filter((element) => !element.closest('svg'))
          .map(own),
      );
      return Array.from(document.querySelectorAll('svg.chart text'))
        .map((text) => (text.textContent ?? '').trim())
        .filter((text) => text && !elsewhere.has(text));
    }),
  );
  const file = join(repoRoot, 'artifacts', 'rapport-1920.pdf');
  await page.pdf({ path: file, format: 'A4', printBackground: true });

  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  const sizes: { text: string; size: number }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !chartStrings.has(item.str.trim()) || !item.str.trim()) continue;
      // The text's height in points: the length of the transform's vertical vector.
      sizes.push({ text: item.str, size: Math.hypot(item.transform[2] as number, item.transform[3] as number) });
    }
  }
  await pdf.destroy();
  expect(sizes.length).toBeGreaterThanOrEqual(20);
  const body = 9; // print.css: the body text prints at 9pt
  const wrong = sizes.filter((s) => s.size < body * 0.85 || s.size > body * 1.15);
  expect(wrong.map((s) => `"${s.text}": ${s.size.toFixed(1)} pt`)).toEqual([]);
});

/** A GraphQL request from the page, with its session. */
async function graphqlInPage(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data ?? {};
    },
    { query, variables },
  );
}

// Last in this file: it adds goals and common threads to the test server's data.
test('with many goals off track and long common threads, every slide at 1920×1080 still shows everything legibly', async () => {
  const page = dashboard.page;
  await open(page, '/presentatie', { width: 1920, height: 1080 });
  const { themes } = (await graphqlInPage(page, '{ themes { code number title } }')) as {
    themes: { code: string; number: number; title: string }[];
  };
  const thread =
    'Meer meldingen uit Zaanstad en Purmerend; de ketenpartners stemmen de aanpak af en het ZVH bespreekt in het casusoverleg hoe de wachttijd korter kan zonder dat de zorgvuldigheid eronder lijdt.';
  for (const theme of themes)
    await graphqlInPage(page, 'mutation ($input: NoteInput!) { addNote(input: $input) { id } }', {
      input: { target: `theme:${theme.code}`, text: thread },
    });
  const goalTitles = Array.from({ length: 11 }, (_, i) => `Lopende casussen terug naar het niveau van voor de stijging, stap ${i + 1}`);
  for (const [i, title] of goalTitles.entries())
    await graphqlInPage(page, 'mutation ($input: GoalInput!) { createGoal(input: $input) { id } }', {
      input: { title, themeCode: themes[i % themes.length]?.code, indicator: 'RUNNING_CASES', direction: 'AT_MOST', target: 50 },
    });

  await open(page, '/presentatie', { width: 1920, height: 1080 });
  const total = Number((await counter(page)).split('/')[1]);
  const problems: string[] = [];
  const rows: string[] = [];
  let attention = '';
  for (let dia = 1; dia <= total; dia++) {
    await page.goto(dashboard.url(`/presentatie?dia=${dia}`));
    await waitForReact(page);
    await eventually(async () => expect(await counter(page)).toBe(`${dia} / ${total}`));
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(screenshotDir, `projector-presentatie-vol-${dia}-1920.png`), animations: 'disabled' });
    const found = await slideProblems(page, 24);
    problems.push(...found.small.map((p) => `dia ${dia}, too small: ${p}`), ...found.overflow.map((p) => `dia ${dia}, cut off: ${p}`));
    const title = normalize(await page.locator('h1').first().innerText());
    if (title.startsWith('Prioriteiten')) rows.push(...(await page.locator('.zv-slide tbody th').allInnerTexts()).map(normalize));
    if (title.startsWith('Aandachtspunten')) attention += ` ${normalize(await page.locator('.zv-slide').innerText())}`;
  }
  expect(problems).toEqual([]);
  expect([...rows].sort()).toEqual(themes.map((th) => `${th.number} ${th.title}`).sort());
  // No "en 1 meer": every goal that needs attention is on a slide.
  for (const title of goalTitles) expect(attention).toContain(title);
  expect(attention).not.toMatch(/en \d+ meer/);
  expect(dashboard.errors).toEqual([]);
});

/**
 * Chart text on a 320 px phone (WCAG 1.4.4 and 1.4.10 in spirit): on every view, as a ZVH user at
 * 320 × 720, every chart's smallest text renders at 12 CSS px or more, no two texts in one chart
 * overlap, and the page does not scroll sideways. With the example flows and a count per knowledge
 * domain imported, and four made-up regions beside the real one, so that the flow charts, the
 * domain charts and the national comparison are drawn too. Screenshots of each view at 320 px (and
 * at 1280 px, to compare) go to artifacts/screenshots/narrow-*.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { SeedSource } from '@zv/seed';
import { addDomainCountAndUsers, importFlows, madeUpRegion, TEST_PASSWORD } from './fixtures.js';
import { loginRequest, openView, screenshotDir, useDashboard } from './harness.js';

const source: SeedSource = {
  document: "Testgegevens smalle schermen (verzonnen regio's)",
  section: null,
  note: "Verzonnen regio's, gemeenten en aantallen voor de browsertest op een smal scherm",
  title: null,
  url: null,
};

/** A made-up region (see madeUpRegion), counted on 1-6-2024, as the domain count the test imports. */
const region = (letter: string, index: number) =>
  madeUpRegion({ letter, inhabitants: 300_000 + index * 20_000, cases: 60 + index * 15, peildatum: '2024-06-01' }, index, source);

const dashboard = useDashboard({ loggedIn: false, otherRegions: ['A', 'B', 'C', 'D'].map(region) });

beforeAll(async () => {
  await addDomainCountAndUsers(dashboard);
  expect((await importFlows(dashboard)).errors ?? []).toEqual([]);
}, 90_000);

/** A page logged in as the ZVH user, at `width` × 720. */
async function zvhPage(width: number): Promise<Page> {
  const context = await dashboard.browser.newContext({ viewport: { width, height: 720 }, locale: 'nl-NL' });
  await loginRequest(context.request, dashboard.baseUrl, 'zvh', TEST_PASSWORD);
  return context.newPage();
}

interface ChartText {
  /** The chart: its class and accessible name. */
  chart: string;
  /** Its smallest text, in CSS px (font size in units × drawn width / viewBox width), and that text. */
  smallest: { size: number; text: string };
  /** Pairs of its texts whose boxes overlap by more than 1 px. */
  overlaps: string[];
}

/** Every drawn svg chart on the page with its smallest text and its overlapping texts. */
async function chartTexts(page: Page): Promise<ChartText[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('svg.chart')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll('text')].filter((text) => (text.textContent ?? '').trim() !== '');
        const sized = texts.map((text) => ({
          size: Number.parseFloat(getComputedStyle(text).fontSize) * scale,
          text: (text.textContent ?? '').trim(),
        }));
        const smallest = sized.reduce((min, t) => (t.size < min.size ? t : min), { size: Infinity, text: '' });
        const boxes = texts.map((text) => ({ box: text.getBoundingClientRect(), text: (text.textContent ?? '').trim() }));
        const overlaps: string[] = [];
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (x > 1 && y > 1) overlaps.push(`"${a.text}" × "${b.text}"`);
          }),
        );
        return {
          chart: `${svg.getAttribute('class') ?? ''} ${svg.getAttribute('aria-label') ?? ''}`.trim(),
          smallest: { size: Math.round(smallest.size * 10) / 10, text: smallest.text },
          overlaps,
        };
      }),
  );
}

/**
 * Until every chart on the phone has laid itself out for its measured box (useChartWidth): before
 * that it has its default layout (640 or 420 units wide), scaled down to fit. If one never does,
 * the assertions below say which and how small its text is.
 */
async function narrowLaidOut(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll<SVGSVGElement>('svg.chart')]
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .every((svg) => svg.viewBox.baseVal.width < 420),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
}

/** Two frames: the charts have drawn what they measured. */
async function drawn(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

function shotName(path: string): string {
  return path === '/' ? 'overzicht' : path.slice(1).replace(/\//g, '-');
}

/** The views, and whether they draw svg charts (Prioriteiten and Doelen show their figures as text and tables). */
const VIEWS = [
  ['/', true],
  ['/casuistiek', true],
  ['/financien', true],
  ['/prioriteiten', false],
  ['/doelen', false],
  ['/gemeente/GM0479', true],
] as const;

describe('charts on a 320 px phone', () => {
  test.each(VIEWS)('%s: every chart text at 12 px or more, none overlapping, no sideways scrolling', async (path, drawsCharts) => {
    const page = await zvhPage(320);
    try {
      await openView(page, dashboard.url(path));
      await narrowLaidOut(page);
      const charts = await chartTexts(page);
      expect(charts.length > 0).toBe(drawsCharts);
      await page.screenshot({ path: join(screenshotDir, `narrow-${shotName(path)}-320.png`), fullPage: true });
      const svgs = page.locator('svg.chart');
      for (let i = 0; i < (await svgs.count()); i++) {
        await svgs.nth(i).screenshot({ path: join(screenshotDir, `narrow-${shotName(path)}-320-chart${i + 1}.png`) });
      }
      expect(charts.filter((chart) => chart.smallest.size < 12)).toEqual([]);
      expect(charts.filter((chart) => chart.overlaps.length > 0)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await page.context().close();
    }
  });
});

describe('charts on a laptop', () => {
  test('at 1280 px every chart text is as large as before (screenshots to compare with the phone)', async () => {
    const page = await zvhPage(1280);
    try {
      for (const [path] of VIEWS) {
        await openView(page, dashboard.url(path));
        await drawn(page);
        const charts = await chartTexts(page);
        expect({ path, small: charts.filter((chart) => chart.smallest.size < 15) }).toEqual({ path, small: [] });
        await page.screenshot({ path: join(screenshotDir, `narrow-${shotName(path)}-1280.png`), fullPage: true });
      }
    } finally {
      await page.context().close();
    }
  });
});

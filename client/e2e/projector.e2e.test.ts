/**
 * The dashboard on large screens and projectors (1280×720, 1920×1080, 3840×2160): the overview uses
 * the screen's width, chart text is as large as the body text on every chart, and presentation
 * slides are readable from the back of a room (no text under 24 px at 1920×1080, nothing cut off).
 * Screenshots of every size go to artifacts/screenshots/projector-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually, normalize, openView, screenshotDir, useDashboard, waitForReact } from './harness.js';

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

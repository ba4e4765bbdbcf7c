/**
 * Presentation mode and the board report in a real browser: stepping through the slides with a
 * presenter's keys, leaving with Escape; the report as screenshot and as A4 PDF (Chromium's
 * print-to-PDF), and axe-core on both.
 */
import axe from 'axe-core';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually, normalize, openView, repoRoot, screenshotDir, useDashboard, waitForReact } from './harness.js';
import { pdfPageTexts } from './checks.js';

const dashboard = useDashboard();
const pdfFile = join(repoRoot, 'artifacts', 'rapport.pdf');

beforeAll(() => {
  mkdirSync(screenshotDir, { recursive: true });
});

async function slideTitle(page: Page): Promise<string> {
  return normalize(await page.locator('h1').first().innerText());
}

async function counter(page: Page): Promise<string> {
  return normalize(await page.getByTestId('slide-counter').innerText());
}

async function seriousViolations(page: Page): Promise<string> {
  // Through the DevTools protocol: an injected <script> would break the page's CSP.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}, ${v.nodes.length}): ${v.help}\n    ${v.nodes
            .slice(0, 4)
            .map((n) => n.html.slice(0, 160))
            .join('\n    ')}`,
      );
  });
  return violations.join('\n');
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

describe('presentation mode', () => {
  test('opens on the overview (96), steps with ArrowRight/PageDown to the priorities table, back with PageUp, and Escape leaves', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/presentatie'));
    expect(await slideTitle(page)).toBe('Overzicht');
    // no navigation chrome
    expect(await page.getByRole('navigation').count()).toBe(0);
    await eventually(async () => expect(normalize(await page.locator('.zv-slide').innerText())).toContain('96'));
    const first = await counter(page);
    const total = Number(first.split('/')[1]);
    expect(first).toBe(`1 / ${total}`);
    expect(total).toBeGreaterThanOrEqual(5);

    await page.keyboard.press('ArrowRight');
    await eventually(async () => expect(await counter(page)).toBe(`2 / ${total}`));
    expect(await slideTitle(page)).toBe('Aandachtspunten');
    expect(new URL(page.url()).searchParams.get('dia')).toBe('2');
    await eventually(async () =>
      expect(normalize(await page.locator('[aria-live="polite"]').last().innerText())).toContain('Aandachtspunten'),
    );

    const titles = [await slideTitle(page)];
    for (let n = 3; n <= total; n++) {
      await page.keyboard.press('PageDown');
      await eventually(async () => expect(await counter(page)).toBe(`${n} / ${total}`));
      titles.push(await slideTitle(page));
    }
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.some((t) => t.startsWith('Prioriteiten'))).toBe(true);
    // Money, then the signals to watch: the real figures' two counts are too few for the range rule.
    expect(titles.slice(-2)).toEqual(['Financiën', 'Signalen']);

    // reload keeps the place
    await page.reload();
    await page.locator('h1').first().waitFor();
    await waitForReact(page);
    await eventually(async () => expect(await counter(page)).toBe(`${total} / ${total}`));

    await page.keyboard.press('PageUp');
    await eventually(async () => expect(await counter(page)).toBe(`${total - 1} / ${total}`));
    expect(await slideTitle(page)).toBe(titles.at(-2));

    // the priorities' status table shows each priority with its status as icon + word
    const tableIndex = titles.findIndex((t) => t.startsWith('Prioriteiten'));
    await page.goto(dashboard.url(`/presentatie?dia=${tableIndex + 2}`));
    await waitForReact(page);
    await eventually(async () => expect(await slideTitle(page)).toMatch(/^Prioriteiten/));
    const row = page.locator('.zv-slide tbody tr').first();
    expect(normalize(await row.innerText())).toMatch(/[○✓!✕■] ?(Niet beoordeeld|Op koers|Risico|Uit koers|Afgerond)/);

    await page.keyboard.press('Escape');
    await eventually(() => expect(new URL(page.url()).pathname).not.toBe('/presentatie'));
    expect(await page.getByRole('navigation').count()).toBeGreaterThan(0);
    expect(dashboard.errors).toEqual([]);
  });

  test('Escape returns to the view the presentation was started from', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    await page.getByRole('link', { name: 'Presentatie' }).click();
    await eventually(async () => expect(await slideTitle(page)).toBe('Overzicht'));
    await page.keyboard.press('Escape');
    await eventually(() => expect(new URL(page.url()).pathname).toBe('/casuistiek'));
  });

  test('is photographed at 1280×720 (overview and caseload slides) and has no serious or critical axe violations', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/presentatie'));
    await eventually(async () => expect(await counter(page)).toMatch(/^1 \//));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: join(screenshotDir, 'presentatie-1.png'), animations: 'disabled' });
    expect(await seriousViolations(page)).toBe('');
    const total = Number((await counter(page)).split('/')[1]);
    for (const [dia, name] of [
      [2, 'presentatie-2.png'],
      [3, 'presentatie-3.png'],
      [total - 1, 'presentatie-casuistiek.png'],
      [total, 'presentatie-financien.png'],
    ] as const) {
      await page.goto(dashboard.url(`/presentatie?dia=${dia}`));
      await eventually(async () => expect(await counter(page)).toBe(`${dia} / ${total}`));
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(screenshotDir, name), animations: 'disabled' });
      expect(await seriousViolations(page)).toBe('');
    }
  });
});

describe('board report', () => {
  test('/rapport shows the report, is photographed, prints to an A4 PDF and has no serious or critical axe violations', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/rapport'));
    expect(await slideTitle(page)).toBe('Bestuurlijke rapportage');
    const main = page.locator('main');
    await eventually(async () => expect(normalize(await main.innerText())).toContain('Kerncijfers'));
    const text = normalize(await main.innerText());
    for (const part of ['Zaanstreek-Waterland', 'Peildatum', '96', 'Doelen', 'Prioriteiten', 'Mensenhandel', 'Grafieken', 'Bronnen'])
      expect(text).toContain(part);
    await expect(main.getByRole('button', { name: 'Afdrukken' }).count()).resolves.toBe(1);

    await page.setViewportSize({ width: 1280, height: 1800 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: join(screenshotDir, 'rapport.png'), animations: 'disabled' });

    expect(await seriousViolations(page)).toBe('');

    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdfFile, format: 'A4', printBackground: true });
    expect(statSync(pdfFile).size).toBeGreaterThan(10_000);
    const pdf = readFileSync(pdfFile, 'latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // The handout's pages as a reader gets them: on every page the dashboard and region, the date
    // it was printed and "Pagina n van m"; the date not twice on the first page.
    const texts = await pdfPageTexts(pdfFile);
    expect(texts.length).toBe(pages.length);
    texts.forEach((text, i) => {
      expect(text).toContain('Dashboard Zorg & Veiligheid — Zaanstreek-Waterland');
      expect(text).toMatch(/Afgedrukt op \d{1,2} \w+ \d{4} om \d{1,2}:\d{2}/);
      expect(text).toContain(`Pagina ${i + 1} van ${texts.length}`);
    });
    expect(texts[0]!.match(/\d{1,2}:\d{2}/g)).toHaveLength(1);
    expect(dashboard.errors).toEqual([]);
  });
});

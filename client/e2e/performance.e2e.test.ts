/**
 * Performance budgets: the JavaScript the first page load needs (gzipped) and the time from
 * navigation to the overview's figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { clientDist, tileTextInPage, useDashboard } from './harness.js';

const dashboard = useDashboard();

const JS_BUDGET = 200 * 1024;
const TIME_BUDGET_MS = 1000;

/** Attributes of every `<tag …>` in an HTML text. */
function tags(html: string, tag: string): Record<string, string>[] {
  return Array.from(html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi')), (match) => {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? '').matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      const name = attribute[1];
      if (name) attributes[name.toLowerCase()] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    }
    return attributes;
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('performance', () => {
  test('the initial JavaScript (module script and modulepreloads, gzip -9) is at most 200 KB', () => {
    const html = readFileSync(join(clientDist, 'index.html'), 'utf8');
    const files = [
      ...tags(html, 'script').filter((a) => a.type === 'module' && a.src).map((a) => a.src!),
      ...tags(html, 'link').filter((a) => a.rel === 'modulepreload' && a.href).map((a) => a.href!),
    ];
    expect(files.length).toBeGreaterThan(0);
    const sizes = files.map((src) => {
      const path = join(clientDist, new URL(src, 'http://dashboard.test/').pathname);
      return { src, gzip: gzipSync(readFileSync(path), { level: 9 }).length };
    });
    const total = sizes.reduce((sum, file) => sum + file.gzip, 0);
    console.log(`Initial JS (gzip -9): ${kb(total)} of ${kb(JS_BUDGET)} budget — ${sizes.map((f) => `${f.src} ${kb(f.gzip)}`).join(', ')}`);
    expect(total).toBeLessThanOrEqual(JS_BUDGET);
  });

  test('the overview shows its 96 running cases within 1000 ms of navigation (median of 5 loads)', async () => {
    const page = dashboard.page;
    const times: number[] = [];
    // The page's CSP forbids eval, so the in-page check cannot be sent as source text: an init
    // script (run by the browser itself, not subject to the CSP) defines it on every load.
    await page.addInitScript(`window.tileTextInPage = ${tileTextInPage.toString()};`);
    for (let run = 0; run < 5; run++) {
      await page.goto(dashboard.url('/'));
      // performance.now() (ms since navigation start) once the tile shows 96.
      const handle = await page.waitForFunction(
        (title) => {
          const text = (window as unknown as { tileTextInPage: typeof tileTextInPage }).tileTextInPage(title);
          return text !== null && /\b96\b/.test(text) ? performance.now() : false;
        },
        'Lopende casussen',
        { timeout: 15_000 },
      );
      times.push(Number(await handle.jsonValue()));
      await handle.dispose();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    console.log(`Time to the overview's figures: ${times.map((t) => `${Math.round(t)} ms`).join(', ')} — median ${Math.round(median)} ms (budget ${TIME_BUDGET_MS} ms)`);
    expect(median).toBeLessThanOrEqual(TIME_BUDGET_MS);
  });
});

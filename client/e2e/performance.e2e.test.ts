/**
 * Performance budgets: the JavaScript the first page load needs (gzipped) and the time from
 * navigation to the overview's figures. The measurements themselves live in
 * bench/src/clientMeasure.ts, shared with the bench (`npm run bench`).
 */
import { initialJavaScript, installFigureProbe, median, timeToFigures } from '../../bench/src/clientMeasure.js';
import { clientDist, useDashboard } from './harness.js';

const dashboard = useDashboard();

const JS_BUDGET = 200 * 1024;
const TIME_BUDGET_MS = 1000;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('performance', () => {
  test('the initial JavaScript (module script and modulepreloads, gzip -9) is at most 200 KB', () => {
    const { gzipBytes: total, files } = initialJavaScript(clientDist);
    expect(files.length).toBeGreaterThan(0);
    console.log(`Initial JS (gzip -9): ${kb(total)} of ${kb(JS_BUDGET)} budget — ${files.map((f) => `${f.src} ${kb(f.gzipBytes)}`).join(', ')}`);
    expect(total).toBeLessThanOrEqual(JS_BUDGET);
  });

  test('the overview shows its 96 running cases within 1000 ms of navigation (median of 5 loads)', async () => {
    const page = dashboard.page;
    const times: number[] = [];
    await installFigureProbe(page);
    for (let run = 0; run < 5; run++) {
      // performance.now() (ms since navigation start) once the tile "Lopende casussen" shows 96.
      times.push(await timeToFigures(page, dashboard.url('/'), { figure: '96' }));
    }
    const middle = median(times);
    console.log(`Time to the overview's figures: ${times.map((t) => `${Math.round(t)} ms`).join(', ')} — median ${Math.round(middle)} ms (budget ${TIME_BUDGET_MS} ms)`);
    expect(middle).toBeLessThanOrEqual(TIME_BUDGET_MS);
  });
});

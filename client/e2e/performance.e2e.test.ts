/**
 * The JavaScript budget of the first page load (gzipped): a size, the same on every machine. The
 * time from navigation to the overview's figures is a timing and belongs to `npm run bench`
 * (bench/src/clientMeasure.ts), where it is measured against the same budget.
 */
import { initialJavaScript } from '../../bench/src/clientMeasure.js';
import { clientDist } from './harness.js';

const JS_BUDGET = 200 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('performance', () => {
  test('the initial JavaScript (module script and modulepreloads, gzip -9) is at most 200 KB', () => {
    const { gzipBytes: total, files } = initialJavaScript(clientDist);
    expect(files.length).toBeGreaterThan(0);
    console.log(
      `Initial JS (gzip -9): ${kb(total)} of ${kb(JS_BUDGET)} budget — ${files.map((f) => `${f.src} ${kb(f.gzipBytes)}`).join(', ')}`,
    );
    expect(total).toBeLessThanOrEqual(JS_BUDGET);
  });
});

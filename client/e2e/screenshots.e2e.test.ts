/**
 * Screenshots of every view at 1280×720 (logged in as admin), the login page, and a full-page
 * print version of the overview, written to artifacts/screenshots/ (git-ignored) for people to
 * look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openView, screenshotDir, useDashboard, VIEWPORT, VIEWS } from './harness.js';

const dashboard = useDashboard();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

beforeAll(() => {
  mkdirSync(screenshotDir, { recursive: true });
});

describe('screenshots', () => {
  test.each(VIEWS.map((view) => ({ ...view, file: `${view.name}.png` })))(
    '$path is photographed at 1280×720 to artifacts/screenshots/$file',
    async (view) => {
      const page = dashboard.page;
      await openView(page, dashboard.url(view.path));
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const file = join(screenshotDir, view.file);
      await page.screenshot({ path: file, animations: 'disabled' });
      expect(pngSize(file)).toEqual(VIEWPORT);
    },
  );

  test('the login page is photographed at 1280×720 to artifacts/screenshots/inloggen.png', async () => {
    const page = dashboard.page;
    await page.context().clearCookies();
    await openView(page, dashboard.url('/'));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const file = join(screenshotDir, 'inloggen.png');
    await page.screenshot({ path: file, animations: 'disabled' });
    expect(pngSize(file)).toEqual(VIEWPORT);
  });

  test('the overview is photographed as printed, full page, to artifacts/screenshots/overzicht-print.png', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const file = join(screenshotDir, 'overzicht-print.png');
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    const size = pngSize(file);
    expect(size.width).toBe(VIEWPORT.width);
    expect(size.height).toBeGreaterThan(0);
  });
});

/**
 * Every role on every page it can reach, with every chart's table open: no serious or critical
 * axe-core violation (WCAG 2.1 A/AA), and in English no Dutch outside what is marked Dutch. The
 * database holds a count with cases per knowledge domain, so restricted roles meet protected
 * ("afgeschermd") figures and a GEMEENTE user its own exact split.
 */
import type { Page } from 'playwright-core';
import { describeViolations, dutchOnPage, openAllTables, seriousViolations } from './checks.js';
import { addDomainCountAndUsers, pageAs, ROLE_USERS } from './fixtures.js';
import { ADMIN_USERNAME, openView, useDashboard } from './harness.js';

const dashboard = useDashboard({ loggedIn: false });

beforeAll(() => addDomainCountAndUsers(dashboard), 60_000);

const ROLES = [{ username: ADMIN_USERNAME, role: 'BEHEERDER' }, ...ROLE_USERS] as const;

/** A page logged in as `username`, in `lang`, at `width` × 720. */
const pageOf = (username: string, lang: 'nl' | 'en' = 'nl', width = 1280) => pageAs(dashboard, username, lang, width);

/**
 * Every page the role can reach from the dashboard itself: its main navigation (with the
 * presentation and the report), the pages of its Beheer section, its account page.
 */
async function reachablePages(page: Page): Promise<string[]> {
  await openView(page, dashboard.url('/'));
  const links = async () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('header a[href^="/"], nav a[href^="/"]')].map((a) => new URL(a.href).pathname),
    );
  const paths = new Set(['/', ...(await links())]);
  const beheer = [...paths].find((path) => path.startsWith('/beheer'));
  if (beheer) {
    await openView(page, dashboard.url(beheer));
    for (const path of await links()) paths.add(path);
  }
  paths.add('/account');
  return [...paths].sort();
}

describe.each(ROLES)('$role ($username)', ({ username, role }) => {
  test('every reachable page, all tables open, has no serious or critical axe violation', async () => {
    const page = await pageOf(username, 'nl');
    try {
      const paths = await reachablePages(page);
      expect(paths).toEqual(expect.arrayContaining(['/', '/casuistiek', '/financien', '/prioriteiten', '/presentatie', '/rapport']));
      if (role === 'BEHEERDER') expect(paths).toEqual(expect.arrayContaining(['/beheer/gebruikers', '/beheer/audit']));
      if (role === 'GEMEENTE') expect(paths).toEqual(expect.arrayContaining(['/overzicht', '/gemeente/GM0439']));
      const found: { path: string; violations: string }[] = [];
      for (const path of paths) {
        await openView(page, dashboard.url(path));
        await openAllTables(page);
        found.push({ path, violations: describeViolations(await seriousViolations(page)) });
      }
      expect(found.filter((f) => f.violations !== '')).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('in English, every reachable page with all tables open shows no Dutch outside marked Dutch texts', async () => {
    const page = await pageOf(username, 'en');
    try {
      const found: { path: string; dutch: string[] }[] = [];
      for (const path of await reachablePages(page)) {
        await openView(page, dashboard.url(path));
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        await openAllTables(page);
        found.push({ path, dutch: await dutchOnPage(page) });
      }
      expect(found.filter((f) => f.dutch.length > 0)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

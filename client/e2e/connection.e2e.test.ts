/**
 * The server gone mid-use (issue [5/8], point 1): every request to it fails, as when it is stopped
 * or the wifi drops. No view may go blank: a view not opened yet says it could not be loaded,
 * figures already on screen stay with a banner that says since when they date, and everything
 * works again with "Opnieuw proberen" once the server is back.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually, h1Texts, normalize, openView, screenshotDir, useDashboard } from './harness.js';

const dashboard = useDashboard();

/** Every request to the dashboard's server fails from now on (the page itself stays open). */
async function serverGone(page: Page): Promise<void> {
  await page.route(`${dashboard.baseUrl}/**`, (route) => route.abort('connectionrefused'));
}

async function serverBack(page: Page): Promise<void> {
  await page.unroute(`${dashboard.baseUrl}/**`);
}

describe('when the server goes away mid-use', () => {
  it('a view not opened yet says it could not be loaded, keeps the navigation, and opens once the server is back', async () => {
    const { page } = dashboard;
    await openView(page, dashboard.url('/'));
    await serverGone(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Prioriteiten', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'kon niet worden geladen' });
    await alert.waitFor();
    expect(normalize(await alert.innerText())).toContain('de server is niet bereikbaar');
    await page.screenshot({ path: join(screenshotDir, 'verbinding-weergave-niet-geladen.png'), animations: 'disabled' });
    // The page around it is still there: the header, the navigation, the footer.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Overzicht', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('footer').isVisible()).toBe(true);

    await serverBack(page);
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Prioriteiten']));
    await eventually(async () => expect(normalize(await page.locator('main').innerText())).toContain('Mensenhandel'));
  });

  it('figures on screen stay, with a banner saying since when they date; "Opnieuw proberen" brings the new ones', async () => {
    const { page } = dashboard;
    await openView(page, dashboard.url('/casuistiek'));
    const peildatum = page.getByLabel('Peildatum', { exact: true });
    const shown = await peildatum.inputValue();
    const other = (await peildatum.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).find(
      (value) => value !== shown,
    );
    expect(other).toBeDefined();

    await serverGone(page);
    await peildatum.selectOption(other!);
    const banner = page.getByRole('alert').filter({ hasText: 'Geen verbinding met de server' });
    await banner.waitFor();
    expect(normalize(await banner.innerText())).toMatch(/sinds \d{1,2}:\d{2}\). De cijfers op deze pagina zijn van \d{1,2}:\d{2}/);
    // The view says what it could not load, with its own retry; nothing went blank.
    await page.getByRole('alert').filter({ hasText: 'niet bereikbaar' }).first().waitFor();
    expect(await h1Texts(page)).toEqual(['Casuïstiek']);
    expect(normalize(await page.locator('main').innerText())).toContain('Hieronder staan nog de cijfers die er al waren');
    await page.screenshot({ path: join(screenshotDir, 'verbinding-verbroken.png'), animations: 'disabled' });

    await serverBack(page);
    await banner.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await banner.waitFor({ state: 'detached' });
    await eventually(async () => expect(await page.getByRole('alert').filter({ hasText: 'niet bereikbaar' }).count()).toBe(0));
    expect(await peildatum.inputValue()).toBe(other);
  });
});

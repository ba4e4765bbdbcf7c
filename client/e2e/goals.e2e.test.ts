/**
 * Board steering in a real browser, against the real server, as admin: goals with a status the
 * server computes (from the figures, or from a reported value), a priority's status changed with a
 * note and seen among the overview's points of attention and in its history, and a note
 * ("rode draad") on Casuïstiek. The tests build on each other, in order, on one fresh database.
 */
import type { Page } from 'playwright-core';
import { eventually, mainText, normalize, openView, screenshotDir, tileText, useDashboard } from './harness.js';
import { join } from 'node:path';

const dashboard = useDashboard();

const RUNNING = 'Lopende casussen hoogstens 100';
const MANUAL = 'Wachttijd intake hoogstens 14 dagen';
const ATTENTION = 'Doelen en aandachtspunten';

async function addGoal(
  page: Page,
  fields: { title: string; indicator: string; direction: string; target: string; unit?: string },
): Promise<void> {
  const form = page.getByRole('region', { name: 'Doel toevoegen' });
  await form.getByLabel('Titel', { exact: true }).fill(fields.title);
  await form.getByLabel('Indicator', { exact: true }).selectOption({ label: fields.indicator });
  await form.getByLabel('Richting', { exact: true }).selectOption({ label: fields.direction });
  await form.getByLabel('Doelwaarde', { exact: true }).fill(fields.target);
  if (fields.unit) await form.getByLabel('Eenheid', { exact: true }).fill(fields.unit);
  await form.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Doel "${fields.title}" is toegevoegd.` })
    .waitFor({ state: 'visible', timeout: 15_000 });
}

async function goalRow(page: Page, title: string): Promise<string> {
  const row = page
    .getByRole('table', { name: 'Alle doelen' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  return normalize(await row.innerText());
}

describe('Doelen en sturing', () => {
  test(`"${RUNNING}" (RUNNING_CASES, AT_MOST 100) is "Op koers" with 96 on /doelen and on the overview`, async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/doelen'));
    await addGoal(page, { title: RUNNING, indicator: 'Lopende casussen', direction: 'Hoogstens', target: '100' });
    await eventually(async () => {
      const row = await goalRow(page, RUNNING);
      expect(row).toContain('hoogstens 100');
      expect(row).toContain('96');
      expect(row).toContain('Op koers');
    }, 15_000);

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Overzicht', exact: true }).click();
    await eventually(async () => {
      const tile = (await tileText(page, ATTENTION)) ?? '';
      expect(tile).toContain(`Op koers doel: ${RUNNING}`);
    }, 15_000);
    expect(dashboard.errors).toEqual([]);
  });

  test('a MANUAL goal has no data until a value is reported; then the server gives its status', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/doelen'));
    // Without its unit a goal entered by hand is refused by the form, saying what to fill in.
    const form = page.getByRole('region', { name: 'Doel toevoegen' });
    await form.getByLabel('Indicator', { exact: true }).selectOption({ label: 'Handmatig gemelde waarde' });
    await form.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
    expect(normalize(await form.getByRole('alert').innerText())).toContain('Vul de eenheid in');
    await form.screenshot({ path: join(screenshotDir, 'doel-eenheid.png') });
    await addGoal(page, { title: MANUAL, indicator: 'Handmatig gemelde waarde', direction: 'Hoogstens', target: '14', unit: 'dagen' });
    expect(await goalRow(page, MANUAL)).toContain('Geen gegevens');
    // The unit stands with the target (the title says "14 dagen" too: look past it).
    expect((await goalRow(page, MANUAL)).replace(MANUAL, '')).toContain('hoogstens 14 dagen');

    await page.getByRole('button', { name: `Waarde melden: ${MANUAL}`, exact: true }).click();
    const panel = page.getByRole('group', { name: `Waarde melden voor "${MANUAL}"` });
    await panel.getByLabel('Waarde', { exact: true }).fill('17');
    // A week ago (the server keeps one value per date).
    await panel.getByLabel('Datum', { exact: true }).fill(new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10));
    await panel.getByRole('button', { name: 'Waarde melden', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'is gemeld' }).waitFor({ state: 'visible', timeout: 15_000 });
    // 17 > 14 × 1,10 = 15,4: off track.
    await eventually(async () => {
      const row = await goalRow(page, MANUAL);
      expect(row.replace(MANUAL, '')).toContain('17 dagen');
      expect(row).toContain('Uit koers');
    }, 15_000);

    // A wrong value is refused by the form itself.
    await page.getByRole('button', { name: `Waarde melden: ${MANUAL}`, exact: true }).click();
    await panel.getByLabel('Waarde', { exact: true }).fill('veel');
    await panel.getByRole('button', { name: 'Waarde melden', exact: true }).click();
    expect(normalize(await panel.getByRole('alert').innerText())).toContain('Vul een waarde in');
    await panel.getByRole('button', { name: 'Annuleren', exact: true }).click();

    await page.getByRole('button', { name: `Waarde melden: ${MANUAL}`, exact: true }).click();
    await panel.getByLabel('Waarde', { exact: true }).fill('12');
    await panel.getByRole('button', { name: 'Waarde melden', exact: true }).click();
    await eventually(async () => {
      const row = await goalRow(page, MANUAL);
      expect(row).toContain('Op koers');
      expect(row).toContain('17 → 12 dagen');
    }, 15_000);
    await page.screenshot({ path: join(screenshotDir, 'doelen-gemeld.png') });
    expect(dashboard.errors).toEqual([]);
  });

  test('on a narrow screen, where the goals table scrolls sideways, "Waarde melden" opens with its field in sight', async () => {
    const page = dashboard.page;
    await page.setViewportSize({ width: 640, height: 720 });
    await openView(page, dashboard.url('/doelen'));
    const button = page.getByRole('button', { name: `Waarde melden: ${MANUAL}`, exact: true });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    // As it opens (the panel takes the focus), without scrolling to the field.
    const field = page.getByRole('group', { name: `Waarde melden voor "${MANUAL}"` }).getByLabel('Waarde', { exact: true });
    await field.waitFor();
    const box = await field.boundingBox();
    expect(box).not.toBeNull();
    expect({ left: box!.x >= 0, right: box!.x + box!.width <= 640 }).toEqual({ left: true, right: true });
  });

  test('a priority set to "Risico" with a note comes first among the overview\'s points of attention and is in its history', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/prioriteiten'));
    const theme = page.locator('article').first();
    const title = normalize(await theme.getByRole('heading').first().innerText()).replace(/^\d+\s*/, '');
    await theme.getByRole('button', { name: `Bewerken: ${title}`, exact: true }).click();
    const panel = page.getByRole('group', { name: `Prioriteit bewerken: ${title}` });
    await panel.getByLabel('Status', { exact: true }).selectOption({ label: 'Risico' });
    await panel.getByLabel('Toelichting bij de statuswijziging', { exact: true }).fill('Capaciteit ketenpartners onder druk');
    await panel.getByLabel('Portefeuillehouder', { exact: true }).fill('Wethouder Zorg');
    expect(await panel.getByLabel('Ook als rode draad tonen', { exact: true }).isChecked()).toBe(false);
    await panel.screenshot({ path: join(screenshotDir, 'thema-bewerken.png') });
    await panel.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'is opgeslagen' }).waitFor({ state: 'visible', timeout: 15_000 });

    await eventually(async () => {
      const text = normalize(await theme.innerText());
      expect(text).toContain('Risico');
      expect(text).toContain('Portefeuillehouder Wethouder Zorg');
      expect(text).toMatch(/Laatst gewijzigd door admin op/);
      expect(text).toContain('Capaciteit ketenpartners onder druk');
    }, 15_000);
    await theme.getByText('Geschiedenis', { exact: true }).click();
    expect(normalize(await theme.locator('details').innerText())).toContain(
      'Status gewijzigd: Niet beoordeeld → Risico — toelichting: “Capaciteit ketenpartners onder druk”',
    );
    await theme.screenshot({ path: join(screenshotDir, 'thema-geschiedenis.png') });
    // The note stays with the status change: not published as a rode draad without being asked.
    expect(normalize(await theme.getByRole('region', { name: /^Rode draden/ }).innerText())).toContain('Er zijn nog geen rode draden.');

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Overzicht', exact: true }).click();
    await eventually(async () => {
      const items = page.getByRole('region', { name: ATTENTION }).getByRole('listitem');
      expect(normalize(await items.first().innerText())).toMatch(
        new RegExp(`^! ?Risico prioriteit: 1\\. ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );
    }, 15_000);
    expect(dashboard.errors).toEqual([]);
  });

  test('a note ("rode draad") added on Casuïstiek is shown there with its author', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    const notes = page.getByRole('region', { name: /^Rode draden/ });
    await notes.getByLabel('Signaal of trend', { exact: true }).fill('Stijging in Zaanstad: vooral huiselijk geweld');
    await notes.getByRole('button', { name: 'Rode draad toevoegen', exact: true }).click();
    await eventually(async () => {
      const text = normalize(await notes.innerText());
      expect(text).toContain('Stijging in Zaanstad: vooral huiselijk geweld');
      expect(text).toContain('admin,');
      expect(text).toContain('De rode draad is toegevoegd.');
    }, 15_000);
    expect(dashboard.errors).toEqual([]);
  });

  test('the overview with goals and points of attention still fits one 1280×720 screen', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await page.getByRole('region', { name: ATTENTION }).waitFor({ state: 'visible' });
    // The tiles and the three charts (not the page footer) end within the first screen.
    const bottom = await page.evaluate(() =>
      Math.max(...Array.from(document.querySelectorAll('.zv-tile, .zv-chart')).map((e) => e.getBoundingClientRect().bottom)),
    );
    await page.screenshot({ path: join(screenshotDir, 'overzicht-doelen.png') });
    expect(bottom).toBeLessThanOrEqual(720);
    expect(normalize(await mainText(page))).toContain('Lopende casussen 96');
  });
});

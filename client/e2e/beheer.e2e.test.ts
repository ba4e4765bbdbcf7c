/**
 * Data management in a real browser, against the real server, as admin: a file is checked (dry
 * run), previewed, imported, seen on the dashboard and in its CSV, imported again without effect,
 * corrected, and the replaced version put back. Files with errors or personal data change nothing.
 * The tests of this file build on each other, in order, on one fresh database.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { eventually, h1Texts, mainText, normalize, openView, screenshotDir, tileText, useDashboard } from './harness.js';

const dashboard = useDashboard();

const MUNICIPALITIES: [string, number][] = [
  ['Edam-Volendam', 3],
  ['Landsmeer', 2],
  ['Oostzaan', 2],
  ['Purmerend', 28],
  ['Waterland', 6],
  ['Wormerland', 3],
  ['Zaanstad', 47],
  ['Niet gespecificeerd', 10],
];

/** A count as Dutch Excel saves it: BOM, `;`, CRLF, d-m-yyyy. Totals 101 unless changed. */
function caseloadCsv(changes: Record<string, string | number> = {}): Buffer {
  const rows = MUNICIPALITIES.map(([name, count]) => {
    const changed = changes[name];
    return typeof changed === 'string' ? `1-6-2024;${changed};;${count}` : `1-6-2024;${name};;${changed ?? count}`;
  });
  return Buffer.from(`\ufeffpeildatum;gemeente;kennisdomein;aantal\r\n${rows.join('\r\n')}\r\n`, 'utf8');
}

const PREVIEW = 'Controle: wat de import verandert';

async function openImport(page: Page): Promise<void> {
  await openView(page, dashboard.url('/beheer/import'));
  expect(await h1Texts(page)).toEqual(['Gegevens importeren']);
}

/** Chooses "Casuïstiek (aantallen)" and the file, and presses "Controleren". */
async function check(page: Page, name: string, content: Buffer): Promise<void> {
  await page.getByLabel('Soort gegevens', { exact: true }).selectOption({ label: 'Casuïstiek (aantallen)' });
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: content });
  await page.getByRole('button', { name: 'Controleren', exact: true }).click();
}

/** The preview's row of 1 juni 2024, once it is there, as text. */
async function previewRow(page: Page): Promise<string> {
  const preview = page.getByRole('region', { name: PREVIEW });
  await preview.waitFor({ state: 'visible', timeout: 15_000 });
  const perDate = preview.getByRole('table', { name: 'Wijzigingen per peildatum' });
  return normalize(await perDate.getByRole('row').filter({ hasText: '1 juni 2024' }).innerText());
}

async function confirmImport(page: Page): Promise<string> {
  await page.getByRole('region', { name: PREVIEW }).getByRole('button', { name: 'Import bevestigen', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: 'Import voltooid' });
  await status.waitFor({ state: 'visible', timeout: 15_000 });
  return normalize(await status.innerText());
}

/** The "Lopende casussen" tile of the overview once it shows `value`. */
async function casesTile(page: Page, value: number): Promise<string> {
  return eventually(async () => {
    const text = (await tileText(page, 'Lopende casussen')) ?? '';
    expect(text).toMatch(new RegExp(`^Lopende casussen ${value}\\b`));
    return text;
  }, 15_000);
}

/** The error alert of a refused file, once it is there. */
async function errorAlert(page: Page): Promise<Locator> {
  const alert = page.getByRole('alert').filter({ hasText: 'niet geïmporteerd' });
  await alert.waitFor({ state: 'visible', timeout: 15_000 });
  return alert;
}

describe('Beheer', () => {
  test('"Beheer" leads to the import page, with the sub-navigation of the beheerder', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    const link = page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer', exact: true });
    expect(await link.getAttribute('href')).toBe('/beheer/import');
    await link.click();
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Gegevens importeren']));
    const sub = page.getByRole('navigation', { name: 'Beheer', exact: true });
    expect((await sub.getByRole('link').allInnerTexts()).map(normalize)).toEqual([
      'Gegevens importeren',
      'Versies',
      'Auditlog',
      'Gebruikers',
    ]);
    expect(await sub.getByRole('link', { name: 'Gegevens importeren' }).getAttribute('aria-current')).toBe('page');

    await page.getByLabel('Soort gegevens', { exact: true }).selectOption({ label: 'Casuïstiek (aantallen)' });
    // The columns come from the server's definition of the kind.
    await eventually(async () => expect(await mainText(page)).toContain('Kolommen: peildatum;gemeente;kennisdomein;aantal'));
    expect(await page.getByRole('link', { name: 'Voorbeeldbestand', exact: true }).getAttribute('href')).toBe('/voorbeelden/caseload.csv');
    expect(dashboard.errors).toEqual([]);
  });

  test('the example files are served', async () => {
    for (const kind of ['caseload', 'contributions', 'population', 'funding']) {
      const response = await dashboard.page.request.get(dashboard.url(`/voorbeelden/${kind}.csv`));
      expect({ kind, status: response.status() }).toEqual({ kind, status: 200 });
    }
    const caseload = await dashboard.page.request.get(dashboard.url('/voorbeelden/caseload.csv'));
    expect((await caseload.text()).replace(/^\ufeff/, '')).toMatch(/^peildatum;gemeente;kennisdomein;aantal\r?\n/);
  });

  test('the blank template downloads with the header the importer checks; filled with the listed municipalities it passes the check', async () => {
    const page = dashboard.page;
    await openImport(page);
    await page.getByLabel('Soort gegevens', { exact: true }).selectOption({ label: 'Casuïstiek (aantallen)' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Leeg sjabloon downloaden', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sjabloon-caseload.csv');
    const template = readFileSync(await download.path());
    expect(template.toString('utf8')).toBe('\ufeffpeildatum;gemeente;kennisdomein;aantal\r\n');

    // The valid values, as the page lists them (from the server's reference, not a copy).
    const places = page.locator('details').filter({ hasText: 'Geldige waarden: Gemeente' });
    await places.locator('summary').click();
    const rows = await places.getByRole('row').allInnerTexts();
    const names = rows.slice(1).map((row) => normalize(row).split(/ GM\d{4}$/)[0]!);
    expect(names).toEqual(MUNICIPALITIES.slice(0, 7).map(([name]) => name));
    expect(normalize(await places.innerText())).toContain('Ook toegestaan: Niet gespecificeerd, Totaal.');
    await page.screenshot({ path: join(screenshotDir, 'beheer-import-sjabloon.png'), animations: 'disabled', fullPage: true });

    const filled = Buffer.concat([
      template,
      Buffer.from(names.map((name, i) => `1-3-2024;${name};;${i + 1}`).join('\r\n') + '\r\n', 'utf8'),
    ]);
    await check(page, 'sjabloon-caseload.csv', filled);
    const preview = page.getByRole('region', { name: PREVIEW });
    await preview.waitFor({ state: 'visible', timeout: 15_000 });
    expect(normalize(await preview.innerText())).toContain('7 regels gelezen, geen fouten');
    // Only checked: nothing is imported.
    await preview.getByRole('button', { name: 'Annuleren', exact: true }).click();
    expect(dashboard.errors).toEqual([]);
  });

  test('a file with an unknown municipality ("Zaanstat") shows the error with line, column and the suggestion "Zaanstad", never the value itself; nothing changes', async () => {
    const page = dashboard.page;
    await openImport(page);
    await check(page, 'zaanstat.csv', caseloadCsv({ Zaanstad: 'Zaanstat' }));
    const alert = await errorAlert(page);
    expect(await alert.evaluate((element) => element === document.activeElement)).toBe(true);
    const row = normalize(await alert.getByRole('row').filter({ hasText: 'Onbekende gemeente' }).innerText());
    expect(row).toBe("8 gemeente Onbekende gemeente; bedoelt u 'Zaanstad'?");
    // What the file says is not repeated: in that column it might have been a person's name.
    expect(normalize(await alert.innerText())).not.toContain('Zaanstat');
    expect(await page.getByRole('button', { name: 'Import bevestigen' }).count()).toBe(0);
    await page.screenshot({ path: join(screenshotDir, 'beheer-import-fouten.png'), animations: 'disabled' });

    await openView(page, dashboard.url('/'));
    await casesTile(page, 96);
    expect(dashboard.errors).toEqual([]);
  });

  test('a file with a BSN column is refused as a whole, and the page does not show the number', async () => {
    const page = dashboard.page;
    const bsn = '111222333';
    await openImport(page);
    await check(page, 'personen.csv', Buffer.from(`peildatum;gemeente;bsn;aantal\r\n1-6-2024;Zaanstad;${bsn};47\r\n`, 'utf8'));
    const alert = await errorAlert(page);
    expect(normalize(await alert.innerText())).toMatch(/burgerservicenummer/i);
    expect(await page.content()).not.toContain(bsn);
    expect(await page.getByRole('button', { name: 'Import bevestigen' }).count()).toBe(0);
    await openView(page, dashboard.url('/'));
    await casesTile(page, 96);
  });

  test('a new count date 1-6-2024: preview "nieuw" with total 101, import, and the overview shows 101 (was 96)', async () => {
    const page = dashboard.page;
    // The overview first, so its figures are in the client's cache when the import changes them.
    await openView(page, dashboard.url('/'));
    await casesTile(page, 96);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer', exact: true }).click();
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Gegevens importeren']));

    await check(page, 'casuistiek-juni-2024.csv', caseloadCsv());
    const row = await previewRow(page);
    expect(row).toBe('1 juni 2024 nieuw 8 0 0 0 – 101');
    const added = page.getByRole('region', { name: PREVIEW }).getByRole('region', { name: 'Nieuwe regels (8)' });
    expect((await added.getByRole('row').allInnerTexts()).map(normalize).slice(1)).toEqual(
      MUNICIPALITIES.map(([name, count]) => `1 juni 2024 ${name} Totaal (alle kennisdomeinen) ${count}`),
    );
    expect(normalize(await page.getByRole('region', { name: PREVIEW }).innerText())).toContain('8 regels gelezen, geen fouten');
    await page.screenshot({ path: join(screenshotDir, 'beheer-import-controle.png'), animations: 'disabled' });

    expect(await confirmImport(page)).toContain('Import voltooid: 8 toegevoegd, 0 gewijzigd');
    await page.screenshot({ path: join(screenshotDir, 'beheer-import-voltooid.png'), animations: 'disabled' });
    await page.getByRole('link', { name: 'Naar het overzicht', exact: true }).click();
    const tile = await casesTile(page, 101);
    expect(tile).toContain('t.o.v. 1 februari 2023 (96)');
    expect(tile).toContain('+5%');
    expect(dashboard.errors).toEqual([]);
  });

  test('Casuïstiek shows 1 juni 2024, and "CSV downloaden" of the cases chart holds the new figures', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    const chart = page.getByRole('region', { name: 'Lopende casussen per gemeente, 1 juni 2024', exact: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'CSV downloaden', exact: true }).click(),
    ]);
    const lines = readFileSync(await download.path())
      .subarray(3)
      .toString('utf8')
      .split('\r\n');
    // Shares of the 91 cases assigned to a municipality; the unspecified 10 have none.
    expect(lines.filter((line) => line.startsWith('Zaanstad;'))).toEqual([expect.stringMatching(/^Zaanstad;47;0,516484;/)]);
    expect(lines.filter((line) => line.startsWith('Purmerend;'))).toEqual([expect.stringMatching(/^Purmerend;28;0,307692;/)]);
    expect(lines.filter((line) => line.startsWith('Niet gespecificeerd;'))).toEqual(['Niet gespecificeerd;10;;;']);
    expect(lines.at(-1)).toMatch(/^Totaal;101;;/);
  });

  test('the same file again: the preview says "ongewijzigd", and confirming changes nothing', async () => {
    const page = dashboard.page;
    await openImport(page);
    await check(page, 'casuistiek-juni-2024.csv', caseloadCsv());
    expect(await previewRow(page)).toBe('1 juni 2024 ongewijzigd 0 0 8 0 101 101');
    expect(normalize(await page.getByRole('region', { name: PREVIEW }).innerText())).toContain('Het bestand verandert niets');
    expect(await confirmImport(page)).toContain('Import voltooid: 0 toegevoegd, 0 gewijzigd, 8 ongewijzigd, 0 verwijderd.');

    await openView(page, dashboard.url('/beheer/versies'));
    await eventually(async () => expect(await mainText(page)).toContain('Er zijn (nog) geen bewaarde versies'));
    await openView(page, dashboard.url('/'));
    await casesTile(page, 101);
  });

  test('a corrected file: "gewijzigd" 101 → 104; Versies keeps the version of 2024-06-01 and "Terugzetten" puts 101 back', async () => {
    const page = dashboard.page;
    await openImport(page);
    await check(page, 'casuistiek-juni-2024-correctie.csv', caseloadCsv({ Zaanstad: 50 }));
    expect(await previewRow(page)).toBe('1 juni 2024 gewijzigd 0 1 7 0 101 104');
    // Which row, and old → new; the seven unchanged rows are not listed.
    const preview = page.getByRole('region', { name: PREVIEW });
    const changed = preview.getByRole('region', { name: 'Gewijzigde regels (1)' });
    expect((await changed.getByRole('row').allInnerTexts()).map(normalize)).toEqual([
      'Peildatum Gemeente Kennisdomein Aantal vóór Aantal na',
      '1 juni 2024 Zaanstad Totaal (alle kennisdomeinen) 47 50',
    ]);
    expect(await preview.getByRole('region', { name: /^Nieuwe regels|^Verwijderde regels/ }).count()).toBe(0);
    await page.screenshot({ path: join(screenshotDir, 'beheer-import-regels.png'), animations: 'disabled', fullPage: true });
    expect(await confirmImport(page)).toContain('Import voltooid: 0 toegevoegd, 1 gewijzigd, 7 ongewijzigd, 0 verwijderd.');
    await page.getByRole('link', { name: 'Naar Versies', exact: true }).click();
    await eventually(async () => expect(await h1Texts(page)).toEqual(['Versies']));

    const table = page.getByRole('table', { name: 'Bewaarde versies' });
    const version = table.getByRole('row').filter({ hasText: '1 juni 2024' });
    await eventually(async () => expect(await version.count()).toBe(1));
    expect(normalize(await version.innerText())).toMatch(
      /^Casuïstiek \(aantallen\) 1 juni 2024 \d{1,2} \w+ \d{4} om \d\d:\d\d admin 8 101 Terugzetten$/,
    );
    await page.screenshot({ path: join(screenshotDir, 'beheer-versies-lijst.png'), animations: 'disabled' });

    await version.getByRole('button', { name: /^Terugzetten: Casuïstiek \(aantallen\) 1 juni 2024/ }).click();
    const panel = page.getByRole('group', { name: /terugzetten\?$/ });
    const perDate = panel.getByRole('table', { name: /^Wat terugzetten verandert/ });
    await perDate.getByRole('row').filter({ hasText: '1 juni 2024' }).waitFor({ timeout: 15_000 });
    expect(normalize(await perDate.getByRole('row').filter({ hasText: '1 juni 2024' }).innerText())).toBe(
      '1 juni 2024 gewijzigd 0 1 7 0 104 101',
    );
    expect((await panel.getByRole('region', { name: 'Gewijzigde regels (1)' }).getByRole('row').allInnerTexts()).map(normalize)[1]).toBe(
      '1 juni 2024 Zaanstad Totaal (alle kennisdomeinen) 50 47',
    );
    await page.screenshot({ path: join(screenshotDir, 'beheer-versies-terugzetten.png'), animations: 'disabled' });
    await panel.getByRole('button', { name: 'Ja, terugzetten', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Versie teruggezet' }).waitFor({ timeout: 15_000 });
    // The numbers it replaced (104) are kept in turn.
    await eventually(async () =>
      expect((await table.getByRole('row').filter({ hasText: '1 juni 2024' }).allInnerTexts()).map(normalize)).toEqual([
        expect.stringMatching(/ admin 8 104 Terugzetten$/),
        expect.stringMatching(/ admin 8 101 Huidige versie$/),
      ]),
    );
    // The version put back is current: said in words, and not offered again.
    const current = table.getByRole('row').filter({ hasText: 'Huidige versie' });
    expect(await current.getByRole('button').count()).toBe(0);
    await page.screenshot({ path: join(screenshotDir, 'beheer-versies-huidig.png'), animations: 'disabled' });

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Overzicht', exact: true }).click();
    await casesTile(page, 101);
    expect(dashboard.errors).toEqual([]);
  });

  test('the audit log lists the imports; the filter "Import" and "Geweigerd" goes into the URL', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/beheer/audit'));
    await page.getByLabel('Actie', { exact: true }).selectOption({ label: 'Import' });
    await page.getByLabel('Resultaat', { exact: true }).selectOption({ label: 'Geweigerd' });
    await page.getByRole('button', { name: 'Filteren', exact: true }).click();
    await eventually(() => expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ actie: 'import', resultaat: 'refused' }));
    const rows = page.getByRole('table', { name: /^Auditlog/ }).getByRole('row');
    await eventually(async () => {
      const texts = (await rows.allInnerTexts()).map(normalize).slice(1);
      expect(texts).toHaveLength(2);
      expect(
        texts.every((text) => / admin Import gecontroleerd import\.check Casuïstiek \(aantallen\), bestand \S+ Geweigerd /.test(text)),
      ).toBe(true);
      expect(texts.join(' ')).not.toContain('111222333');
    });
    await page.screenshot({ path: join(screenshotDir, 'beheer-audit-gefilterd.png'), animations: 'disabled' });

    await page.goto(dashboard.url('/beheer/audit?actie=import&resultaat=ok'));
    await eventually(async () => {
      const texts = (await rows.allInnerTexts()).map(normalize).slice(1);
      expect(
        texts.filter((text) => text.includes('Versie teruggezet import.restore Casuïstiek (aantallen), 1 juni 2024 (versie')),
      ).toHaveLength(1);
      expect(texts.filter((text) => text.includes('casuistiek-juni-2024-correctie.csv'))).toHaveLength(1);
    });
    expect(await page.getByLabel('Actie', { exact: true }).inputValue()).toBe('import');

    // In English: the actions, kinds, dates and what changed in English words, the codes beside them.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    const englishRows = page.getByRole('table', { name: /^Audit log/ }).getByRole('row');
    await eventually(async () => {
      const texts = (await englishRows.allInnerTexts()).map(normalize).slice(1);
      const restore = texts.find((text) => text.includes('import.restore'));
      expect(restore).toMatch(/ Version restored import\.restore Caseload \(counts\), 1 June 2024 \(version \d+\) Succeeded /);
      expect(restore).toMatch(/ 1 June 2024: 0 added, 1 changed, 0 removed \(total 104 → 101\)$/);
    });
    await page.screenshot({ path: join(screenshotDir, 'beheer-audit-english.png'), animations: 'disabled' });
    await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
    await eventually(async () => expect(await page.locator('html').getAttribute('lang')).toBe('nl'));
    expect(dashboard.errors).toEqual([]);
  });
});

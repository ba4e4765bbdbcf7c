/**
 * Every view in English: no Dutch words outside what is marked as Dutch (`lang="nl"`: the names
 * and texts of the sources themselves, such as a priority's title), and no ISO date in the text:
 * dates go through the locale's formatter.
 */
import { dutchOnPage as checkDutch } from './checks.js';
import { eventually, openView, useDashboard, VIEWS } from './harness.js';

const dashboard = useDashboard();

/** Sets the language to English (in this browser profile) and opens `path`. */
async function openInEnglish(path: string): Promise<void> {
  const page = dashboard.page;
  if (!page.url().startsWith('http')) await openView(page, dashboard.url('/toegankelijkheid'));
  await page.evaluate(() => localStorage.setItem('zv-lang', 'en'));
  await openView(page, dashboard.url(path));
  await eventually(async () => expect(await page.locator('html').getAttribute('lang')).toBe('en'));
}

const dutchOnPage = () => checkDutch(dashboard.page);

/** Chooses the caseload kind and `content` as its file, and presses "Check". */
async function checkFile(name: string, content: string): Promise<void> {
  const page = dashboard.page;
  await page.getByLabel('Kind of data', { exact: true }).selectOption({ label: 'Caseload (counts)' });
  await page.getByLabel('File', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  await page.getByRole('button', { name: 'Check', exact: true }).click();
}

describe('the dashboard in English', () => {
  test.each([...VIEWS.map((v) => v.path), '/presentatie', '/rapport'])('%s shows no Dutch outside marked Dutch texts', async (path) => {
    await openInEnglish(path);
    expect({ path, dutch: await dutchOnPage() }).toEqual({ path, dutch: [] });
  });

  test('an import refused with errors, one confirmed that replaces a count date, and the versions it keeps', async () => {
    const page = dashboard.page;
    await openInEnglish('/beheer/import');
    await checkFile('fouten.csv', 'peildatum;gemeente;aantal\n1-6-2024;Zaanstad;drie\n');
    await page.getByRole('alert').filter({ hasText: 'not imported' }).waitFor({ state: 'visible', timeout: 15_000 });
    expect({ step: 'refused', dutch: await dutchOnPage() }).toEqual({ step: 'refused', dutch: [] });

    for (const count of [4, 5]) {
      await openInEnglish('/beheer/import');
      await checkFile(`telling-${count}.csv`, `peildatum;gemeente;aantal\n1-6-2024;Zaanstad;${count}\n1-6-2024;Totaal;${count}\n`);
      const preview = page.getByRole('region', { name: 'Check: what the import changes' });
      await preview.waitFor({ state: 'visible', timeout: 15_000 });
      expect({ step: `preview ${count}`, dutch: await dutchOnPage() }).toEqual({ step: `preview ${count}`, dutch: [] });
      await preview.getByRole('button', { name: 'Confirm import', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Import complete' }).waitFor({ state: 'visible', timeout: 15_000 });
      expect({ step: `done ${count}`, dutch: await dutchOnPage() }).toEqual({ step: `done ${count}`, dutch: [] });
    }

    await openInEnglish('/beheer/versies');
    await eventually(async () => expect(await page.getByRole('table').count()).toBeGreaterThan(0));
    expect({ step: 'versions', dutch: await dutchOnPage() }).toEqual({ step: 'versions', dutch: [] });
  });

  test("a refusal of the server in the server's English: a username that already exists", async () => {
    const page = dashboard.page;
    await openInEnglish('/beheer/gebruikers');
    const form = page.getByRole('region', { name: 'Add a user' });
    await form.getByLabel('Username', { exact: true }).fill('admin');
    await form.getByLabel('Password', { exact: true }).fill('een lange zin als wachtwoord');
    await form.getByLabel('Role', { exact: true }).selectOption('ZVH');
    await form.getByRole('button', { name: 'Add user', exact: true }).click();
    // The server's own message (extensions.messageEn), not the Dutch one beside it.
    await form.getByText('That did not work: The username "admin" already exists.').waitFor({ state: 'visible', timeout: 15_000 });
    expect({ step: 'refused', dutch: await dutchOnPage() }).toEqual({ step: 'refused', dutch: [] });
  });
});

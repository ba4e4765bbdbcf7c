/**
 * The views of the dashboard in a real browser: each loads cleanly, shows the real figures, keeps
 * its filters in the URL, and says so when the API cannot be reached.
 */
import { readFileSync } from 'node:fs';
import { eventually, h1Texts, mainText, markLabels, normalize, openView, tileText, useDashboard, VIEWS } from './harness.js';

const dashboard = useDashboard();

const NAV_LINKS = ['Overzicht', 'Casuïstiek', 'Financiën', 'Prioriteiten', 'Doelen', 'Gemeente'];

describe('each view', () => {
  test.each(VIEWS)('$path loads without console errors and shows one h1 matching $h1 and the main navigation', async (view) => {
    const page = dashboard.page;
    await openView(page, dashboard.url(view.path));

    const h1 = await h1Texts(page);
    expect(h1).toHaveLength(1);
    expect(h1[0]).toMatch(view.h1);

    const nav = page.getByRole('navigation');
    const missingLinks: string[] = [];
    for (const name of NAV_LINKS) {
      if ((await nav.getByRole('link', { name, exact: true }).count()) === 0) missingLinks.push(name);
    }
    expect({ missingNavLinks: missingLinks }).toEqual({ missingNavLinks: [] });
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.getByRole('alert').filter({ hasText: 'niet bereikbaar' }).count()).toBe(0);
    expect(dashboard.errors).toEqual([]);
  });
});

describe('the figures', () => {
  test('the overview shows 96 running cases and the change from 44 in the "Lopende casussen" tile', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    const tile = await eventually(async () => {
      const text = await tileText(page, 'Lopende casussen');
      expect(text).toMatch(/\b96\b/);
      return text ?? '';
    });
    expect(tile).toMatch(/\b44\b/);
  });

  test('the overview shows the contributions of € 298.809 for 2024', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await eventually(async () => expect(await mainText(page)).toContain('€ 298.809'));
  });

  test('Casuïstiek shows Zaanstad with 45 cases and switches to 2,9 per 10.000 inhabitants with maat=per10k in the URL', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    const maat = page.getByRole('group', { name: 'Maat' });
    const count = maat.getByRole('radio', { name: 'Aantal casussen' });
    const per10k = maat.getByRole('radio', { name: 'Per 10.000 inwoners' });
    expect(await count.isChecked()).toBe(true);
    await eventually(async () => expect((await markLabels(page, 'Zaanstad')).some((label) => /\b45\b/.test(label))).toBe(true));

    await per10k.check();
    await eventually(() => expect(new URL(page.url()).searchParams.get('maat')).toBe('per10k'));
    expect(await per10k.isChecked()).toBe(true);
    await eventually(async () => {
      const labels = await markLabels(page, 'Zaanstad');
      expect(labels.filter((label) => /\b2,9\b/.test(label))).not.toEqual([]);
    });
  });

  test('Casuïstiek shows the 9 cases without a municipality apart as "Niet gespecificeerd", not as a link', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    const labels = await eventually(async () => {
      const found = await markLabels(page, 'Niet gespecificeerd');
      expect(found.filter((label) => /\b9\b/.test(label))).not.toEqual([]);
      return found;
    });
    expect(labels.length).toBeGreaterThan(0);
    expect(await page.locator('[role="link"][aria-label*="Niet gespecificeerd"]').count()).toBe(0);
  });

  test('Casuïstiek shows the regional total over both count dates: januari 2022 (44) and 1 februari 2023 (96)', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    await eventually(async () => {
      const text = await mainText(page);
      expect(text).toContain('januari 2022');
      expect(text).toContain('1 februari 2023');
    });
    const points = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[aria-label][tabindex="0"]')).map((element) =>
        (element.getAttribute('aria-label') ?? '').replace(/\s+/g, ' '),
      ),
    );
    expect(points.filter((label) => label.includes('januari 2022') && /\b44\b/.test(label))).not.toEqual([]);
    expect(points.filter((label) => label.includes('1 februari 2023') && /\b96\b/.test(label))).not.toEqual([]);
  });

  test('Financiën shows the 2023 total of € 285.499 for ?jaar=2023, with 2023 chosen under "Jaar"', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/financien?jaar=2023'));
    await eventually(async () => expect(await mainText(page)).toContain('€ 285.499'));
    expect(await page.getByLabel('Jaar', { exact: true }).inputValue()).toBe('2023');
  });

  test('Financiën without a year shows 2024 with its total of € 298.809', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/financien'));
    await eventually(async () => expect(await mainText(page)).toContain('€ 298.809'));
    expect(await page.getByLabel('Jaar', { exact: true }).inputValue()).toBe('2024');
  });

  test("the Gemeente page of Zaanstad shows its 45 cases beside the region's 96", async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/gemeente/GM0479'));
    await eventually(async () => {
      const text = await mainText(page);
      expect(text).toMatch(/\b45\b/);
      expect(text).toMatch(/\b96\b/);
    });
  });
});

describe('CSV download', () => {
  test('"CSV downloaden" of the cases chart on Casuïstiek saves its table: BOM, ";", Zaanstad 45 of 96', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    const chart = page.getByRole('region', { name: 'Lopende casussen per gemeente, 1 februari 2023', exact: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'CSV downloaden', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lopende-casussen-per-gemeente-1-februari-2023.csv');
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Gemeente;Casussen;Aandeel casussen (fractie);Per 10.000 inwoners;Inwoners (jaar)');
    // The share is of the 87 cases assigned to a municipality: the one "aandeel casussen" of the dashboard.
    expect(lines).toContain('Zaanstad;45;0,517241;2,863215;2022');
    expect(lines).toContain('Niet gespecificeerd;9;;;');
    expect(lines.at(-1)).toMatch(/^Totaal;96;;2,8\d*;$/);
    expect(dashboard.errors).toEqual([]);
  });
});

describe('the URL holds the view and its filters', () => {
  test('opening /casuistiek?maat=per10k directly shows the per-10.000 values with that radio checked', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek?maat=per10k'));
    const maat = page.getByRole('group', { name: 'Maat' });
    expect(await maat.getByRole('radio', { name: 'Per 10.000 inwoners' }).isChecked()).toBe(true);
    expect(await maat.getByRole('radio', { name: 'Aantal casussen' }).isChecked()).toBe(false);
    await eventually(async () => expect((await markLabels(page, 'Zaanstad')).some((label) => /\b2,9\b/.test(label))).toBe(true));
  });

  test('the back button returns to the previous measure and count date', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    const maat = page.getByRole('group', { name: 'Maat' });
    await maat.getByRole('radio', { name: 'Per 10.000 inwoners' }).check();
    await eventually(() => expect(new URL(page.url()).searchParams.get('maat')).toBe('per10k'));

    const peildatum = page.getByLabel('Peildatum', { exact: true });
    const before = await peildatum.inputValue();
    const options = await peildatum
      .locator('option')
      .evaluateAll((elements) => elements.map((option) => (option as HTMLOptionElement).value));
    const other = options.find((value) => value !== before && /^\d{4}-\d{2}-\d{2}$/.test(value));
    expect({ options, other: other !== undefined }).toEqual({ options, other: true });
    await peildatum.selectOption(other!);
    await eventually(() => expect(new URL(page.url()).searchParams.get('peildatum')).toBe(other));

    await page.goBack();
    await eventually(async () => {
      expect(new URL(page.url()).searchParams.get('peildatum')).not.toBe(other);
      expect(await peildatum.inputValue()).toBe(before);
    });
    expect(new URL(page.url()).searchParams.get('maat')).toBe('per10k');

    await page.goBack();
    await eventually(async () => {
      expect(new URL(page.url()).searchParams.get('maat')).toBeNull();
      expect(await maat.getByRole('radio', { name: 'Aantal casussen' }).isChecked()).toBe(true);
      expect((await markLabels(page, 'Zaanstad')).some((label) => /\b45\b/.test(label))).toBe(true);
    });
  });
});

describe('when the API cannot be reached', () => {
  // A page opened with a session arrives with its figures (rendered on the server); the views
  // opened after it ask the API, and say so when it cannot be reached.
  test.each([
    ['Overzicht', '/'],
    ['Casuïstiek', '/casuistiek'],
  ])('%s, opened from another view, shows an alert that the data is "niet bereikbaar"', async (link, path) => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/toegankelijkheid'));
    await page.route('**/graphql', (route) => route.abort());
    await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
    await eventually(() => expect(new URL(page.url()).pathname).toBe(path));
    const alert = page.getByRole('alert').filter({ hasText: 'niet bereikbaar' });
    await alert.first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await alert.first().innerText()).toContain('niet bereikbaar');
  });
});

describe('addresses typed or kept from elsewhere', () => {
  test('a count date that is no date shows the latest count and says so, not a server message', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek?peildatum=garbage'));
    const main = await mainText(page);
    expect(main).toContain('Het adres vraagt om peildatum “garbage”: dat is geen datum. Hieronder staat de laatste peildatum.');
    expect(main).toContain('Peildatum: 1 februari 2023');
    expect(main).not.toMatch(/Variable|GraphQL|BAD_USER_INPUT/);
    expect(dashboard.errors).toEqual([]);
  });

  test('a count date without figures says so, and the picker shows that date as such', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek?peildatum=2019-01-01'));
    expect(await mainText(page)).toContain('Voor 1 januari 2019 zijn geen cijfers. Kies een peildatum uit de lijst.');
    const picker = page.getByLabel('Peildatum', { exact: true });
    expect(await picker.inputValue()).toBe('2019-01-01');
    expect(normalize(await picker.locator('option:checked').innerText())).toBe('1 januari 2019 (geen cijfers)');
  });

  test('a municipality code in small letters (gm0439) is the same municipality', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/gemeente/gm0439'));
    expect(await h1Texts(page)).toEqual([expect.stringMatching(/Purmerend/)]);
  });
});

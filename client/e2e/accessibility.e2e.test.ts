/**
 * Accessibility in a real browser: keyboard use (skip link, table alternative, chart marks),
 * the language toggle, and axe-core (WCAG 2.1 A/AA) on every view.
 */
import type { ElementHandle, Page } from 'playwright-core';
import { describeViolations, seriousViolations, visibleTableCount } from './checks.js';
import { eventually, h1Texts, normalize, openView, useDashboard, VIEWS } from './harness.js';

const dashboard = useDashboard();

/** Accessible name of a button, as far as these tests need it (aria-label, else its text). */
/** The button's accessible name: its aria-label, or its text without aria-hidden parts (icons). */
async function buttonName(button: ElementHandle): Promise<string> {
  return normalize(
    await button.evaluate((node) => {
      const element = node as HTMLElement;
      const label = element.getAttribute('aria-label');
      if (label !== null) return label;
      const clone = element.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return clone.textContent ?? '';
    }),
  );
}

/** Presses Tab until the focused element is a button named `name`; fails after `max` presses. */
async function tabTo(page: Page, name: string, max = 300): Promise<ElementHandle> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluateHandle(() => document.activeElement);
    const element = focused.asElement();
    if (element && (await element.evaluate((node) => node.tagName)) === 'BUTTON' && (await buttonName(element)) === name) return element;
    await focused.dispose();
  }
  throw new Error(`Na ${max} keer Tab had geen knop "${name}" de focus.`);
}

describe('keyboard', () => {
  test('a select shows its arrow and, reached with Tab, the same 3 px focus ring as the rest', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    const select = page.getByLabel('Peildatum', { exact: true });
    await select.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const style = await select.evaluate((element) => {
      const computed = getComputedStyle(element);
      return {
        focused: document.activeElement === element,
        arrow: computed.backgroundImage.startsWith('url('),
        outline: computed.outlineWidth,
      };
    });
    expect(style).toEqual({ focused: true, arrow: true, outline: '3px' });
  });

  test('after going to another view with the keyboard, the focus is on its content, not on the menu link', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    const link = page.getByRole('navigation').getByRole('link', { name: 'Financiën', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Financiën' }).waitFor();
    await eventually(async () => expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud'));
    // The next Tab goes on from the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  test('the first Tab focuses the skip link "Naar de inhoud", whose target exists', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return {
        tag: element?.tagName ?? '',
        text: (element as HTMLElement | null)?.innerText ?? '',
        href: element?.getAttribute('href') ?? '',
      };
    });
    expect(focused.tag).toBe('A');
    expect(normalize(focused.text)).toMatch(/^Naar de (hoofd)?inhoud$/i);
    expect(focused.href).toMatch(/^#./);
    expect(await page.locator(focused.href).count()).toBe(1);
  });

  test('a chart\'s "Tabel tonen" button opens its table with Enter and Space and is then named "Tabel verbergen"', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    const tablesBefore = await visibleTableCount(page);

    // Enter on the first "Tabel tonen", reached with Tab.
    const first = await tabTo(page, 'Tabel tonen');
    expect(await first.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await eventually(async () => {
      expect(await first.getAttribute('aria-expanded')).toBe('true');
      expect(await buttonName(first)).toBe('Tabel verbergen');
      expect(await visibleTableCount(page)).toBe(tablesBefore + 1);
    });
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);

    // Space on every other one.
    const others = await page.getByRole('button', { name: 'Tabel tonen', exact: true }).elementHandles();
    for (const button of others) {
      await button.focus();
      await page.keyboard.press('Space');
      await eventually(async () => expect(await button.getAttribute('aria-expanded')).toBe('true'));
      expect(await buttonName(button)).toBe('Tabel verbergen');
    }
    expect(await visibleTableCount(page)).toBe(tablesBefore + 1 + others.length);

    // The tables hold the numbers of the charts.
    const rows = (await page.locator('table:visible tr').allInnerTexts()).map(normalize);
    expect(rows.filter((row) => row.includes('Zaanstad') && /\b45\b/.test(row))).not.toEqual([]);
    expect(rows.filter((row) => row.includes('Niet gespecificeerd') && /\b9\b/.test(row))).not.toEqual([]);
    expect(rows.filter((row) => row.includes('1 februari 2023') && /\b96\b/.test(row))).not.toEqual([]);

    // Enter again closes the first table.
    await first.focus();
    await page.keyboard.press('Enter');
    await eventually(async () => {
      expect(await first.getAttribute('aria-expanded')).toBe('false');
      expect(await buttonName(first)).toBe('Tabel tonen');
    });
    expect(await visibleTableCount(page)).toBe(tablesBefore + others.length);
  });

  test('Enter on a focused municipality mark (Zaanstad) opens /gemeente/GM0479', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    const marks = page.locator('[role="link"][aria-label*="Zaanstad"]');
    await marks.first().waitFor({ state: 'attached', timeout: 10_000 });
    const mark = marks.first();
    expect(await mark.getAttribute('tabindex')).toBe('0');
    await mark.focus();
    await page.keyboard.press('Enter');
    await eventually(() => expect(new URL(page.url()).pathname).toBe('/gemeente/GM0479'));
    await eventually(async () => expect((await h1Texts(page)).join(' ')).toContain('Zaanstad'));
  });

  test('every municipality mark on Casuïstiek is focusable, has an aria-label and is a link', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/casuistiek'));
    const marks = await page
      .locator('svg [role="link"]')
      .evaluateAll((elements) =>
        elements.map((element) => ({ tabindex: element.getAttribute('tabindex'), label: element.getAttribute('aria-label') ?? '' })),
      );
    expect(marks.length).toBeGreaterThanOrEqual(7);
    expect(marks.filter((mark) => mark.tabindex !== '0' || mark.label.trim() === '')).toEqual([]);
  });
});

describe('language', () => {
  test('the "English" button switches the texts and <html lang> to English, and "Nederlands" switches back', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await eventually(async () => {
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await h1Texts(page)).not.toEqual(['Overzicht']);
      expect(await page.getByRole('navigation').getByRole('link', { name: 'Overzicht', exact: true }).count()).toBe(0);
    });
    await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
    await eventually(async () => {
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      expect(await h1Texts(page)).toEqual(['Overzicht']);
    });
  });
});

describe('axe-core (WCAG 2.1 A and AA)', () => {
  test.each(VIEWS)('$path has no serious or critical violations', async (view) => {
    const page = dashboard.page;
    await openView(page, dashboard.url(view.path));
    const violations = await seriousViolations(page);
    expect(describeViolations(violations)).toBe('');
  });

  // Every chart's table open, on a laptop and on a 320 px phone (where wide tables scroll sideways
  // and must then be reachable with the keyboard: scrollable-region-focusable).
  test.each([
    ['/', 1280],
    ['/casuistiek', 1280],
    ['/financien', 1280],
    ['/gemeente/GM0479', 1280],
    ['/', 320],
    ['/casuistiek', 320],
    ['/financien', 320],
    ['/gemeente/GM0479', 320],
  ] as const)('%s at %i px has no serious or critical violations with all chart tables shown', async (path, width) => {
    const page = dashboard.page;
    await page.setViewportSize({ width, height: 720 });
    await openView(page, dashboard.url(path));
    const buttons = await page.getByRole('button', { name: 'Tabel tonen', exact: true }).elementHandles();
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) await button.click();
    await eventually(async () => expect(await visibleTableCount(page)).toBeGreaterThanOrEqual(buttons.length));
    const violations = await seriousViolations(page);
    expect(describeViolations(violations)).toBe('');
  });

  test('the login page has no serious or critical violations, also with its error alert', async () => {
    const page = dashboard.page;
    await page.context().clearCookies();
    await openView(page, dashboard.url('/'));
    expect(await h1Texts(page)).toEqual(['Inloggen']);
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await eventually(async () => expect(normalize(await page.getByRole('alert').innerText())).not.toBe(''));
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  test('the users page has no serious or critical violations with form errors and a confirmation open', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/beheer/gebruikers'));
    const form = page.getByRole('region', { name: 'Gebruiker toevoegen' });
    await form.getByLabel('Rol', { exact: true }).selectOption('GEMEENTE');
    await form.getByRole('button', { name: 'Gebruiker toevoegen', exact: true }).click();
    await eventually(async () => expect(normalize(await form.getByRole('alert').innerText())).toContain('Kies de gemeente'));
    await page.getByRole('button', { name: 'Sessies beëindigen: admin', exact: true }).click();
    await page.getByRole('group', { name: /Weet u zeker/ }).waitFor({ state: 'visible' });
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  test("the import page has no serious or critical violations with a file's errors, and with a preview", async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/beheer/import'));
    const kind = page.getByLabel('Soort gegevens', { exact: true });
    const file = page.getByLabel('Bestand', { exact: true });
    await kind.selectOption({ label: 'Casuïstiek (aantallen)' });
    // A dry run only: nothing is written.
    await file.setInputFiles({
      name: 'fout.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('peildatum;gemeente;kennisdomein;aantal\r\n1-6-2024;Zaanstat;;4\r\n'),
    });
    await page.getByRole('button', { name: 'Controleren', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'niet geïmporteerd' }).waitFor({ timeout: 15_000 });
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await file.setInputFiles({
      name: 'goed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('peildatum;gemeente;kennisdomein;aantal\r\n1-6-2024;Zaanstad;;4\r\n'),
    });
    await page.getByRole('button', { name: 'Controleren', exact: true }).click();
    await page.getByRole('region', { name: 'Controle: wat de import verandert' }).waitFor({ timeout: 15_000 });
    expect(describeViolations(await seriousViolations(page))).toBe('');
  });

  test('the overview in English has no serious or critical violations', async () => {
    const page = dashboard.page;
    await openView(page, dashboard.url('/'));
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await eventually(async () => expect(await page.locator('html').getAttribute('lang')).toBe('en'));
    const violations = await seriousViolations(page);
    expect(describeViolations(violations)).toBe('');
  });
});

describe('reflow (WCAG 1.4.10)', () => {
  // 320 CSS px: a phone, or 1280 px at 400 %; 640 px: 1280 px at 200 %. The page never scrolls
  // sideways; only a wide table may, inside its own box.
  const paths = [...VIEWS.map((view) => view.path), '/presentatie', '/rapport'];
  test.each(paths.flatMap((path) => [320, 640].map((width) => [path, width] as const)))(
    '%s at %i px wide needs no sideways scrolling',
    async (path, width) => {
      const page = dashboard.page;
      await page.setViewportSize({ width, height: 720 });
      await openView(page, dashboard.url(path));
      const overflow = await page.evaluate(() => {
        const viewport = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > viewport + 1 && !element.closest('.zv-table-container'))
          .slice(0, 3)
          .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
        return { page: document.documentElement.scrollWidth, viewport, wide };
      });
      expect(overflow).toEqual({ page: overflow.viewport, viewport: overflow.viewport, wide: [] });
    },
  );
});

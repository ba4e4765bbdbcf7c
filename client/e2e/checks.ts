/**
 * Checks the browser tests share: axe-core's serious and critical WCAG 2.1 A/AA violations, every
 * chart table opened, and Dutch left over in English mode.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { eventually, normalize } from './harness.js';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  count: number;
  nodes: string[];
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: an injected <script> would break the page's CSP.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      count: violation.nodes.length,
      nodes: violation.nodes.slice(0, 4).map((node) => {
        const check = [...node.any, ...node.all, ...node.none][0];
        return `${node.target.map(String).join(' ')} — ${check?.message ?? ''} ${node.html.slice(0, 160)}`;
      }),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}, ${v.count} elements): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
}

export async function visibleTableCount(page: Page): Promise<number> {
  return page.locator('table:visible').count();
}

/** Opens the table of every chart on the page ("Tabel tonen" / "Show table"); answers how many. */
export async function openAllTables(page: Page, name: string | RegExp = /^(Tabel tonen|Show table)$/): Promise<number> {
  const before = await visibleTableCount(page);
  const buttons = await page.getByRole('button', { name, exact: typeof name === 'string' }).elementHandles();
  for (const button of buttons) await button.click();
  await eventually(async () => expect(await visibleTableCount(page)).toBeGreaterThanOrEqual(before + buttons.length));
  return buttons.length;
}

/** Names that stay Dutch in English: the organisation and its programme. */
const PROPER_NAMES = /Zorg- en Veiligheidshuis|Allen voor Een/g;

/** Words that are Dutch and not English; each a sign of an untranslated text. */
const DUTCH = [
  'de',
  'het',
  'een',
  'van',
  'en',
  'met',
  'voor',
  'niet',
  'zijn',
  'wordt',
  'naar',
  'uit',
  'bij',
  'ook',
  'nog',
  'geen',
  'alle',
  'deze',
  'dit',
  'casussen',
  'gemeente',
  'gemeenten',
  'peildatum',
  'inwoners',
  'bijdrage',
  'bijdragen',
  'bron',
  'tabel',
  'tonen',
  'regio',
  'jaar',
  'januari',
  'februari',
  'maart',
  'mei',
  'juni',
  'juli',
  'augustus',
  'oktober',
  'geïmporteerd',
  'afgeschermd',
  'lopende',
];
// A word stands between neither letters, digits nor hyphens: "6EN5" in a recovery code is not "en".
const WORD = new RegExp(`(?<![\\p{L}\\p{N}-])(${DUTCH.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');

/** The visible text of the page outside elements marked as Dutch. */
async function englishText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const element = node as HTMLElement;
      // getAttribute, not .lang: an SVG element (a chart's label) has no lang property.
      // A code (a recovery code, a secret, a column to type) is in no language.
      if (element.getAttribute('lang') === 'nl' || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'CODE'].includes(element.tagName)) return;
      if (element.getAttribute('aria-hidden') === 'true' && element.tagName === 'svg') return;
      for (const child of element.childNodes) walk(child);
    };
    walk(document.body);
    return parts.join(' ');
  });
}

/**
 * Dutch on a page in English mode: every Dutch word outside what is marked `lang="nl"` (the
 * sources' own names and texts), and every ISO date in the text (dates go through the locale's
 * formatter), each with its surroundings.
 */
export async function dutchOnPage(page: Page): Promise<string[]> {
  // Quoted words are values to type as they are ("Niet gespecificeerd" in a file), not text.
  const text = (await englishText(page)).replace(PROPER_NAMES, '').replace(/"[^"\n]{1,60}"/g, '');
  const found = [...text.matchAll(WORD), ...text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)];
  return [...new Set(found.map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')))];
}

/** The text of every page of a PDF (a file or its bytes; pdf.js, as a PDF reader extracts it), in order. */
export async function pdfPageTexts(pdf: string | Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(typeof pdf === 'string' ? readFileSync(pdf) : pdf);
  const doc = await getDocument({ data, useSystemFonts: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(normalize(content.items.map((item) => ('str' in item ? item.str : '')).join(' ')));
  }
  await doc.destroy();
  return texts;
}

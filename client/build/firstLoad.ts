import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * What the first page loads (decision 0024): every module main.tsx reaches through static imports
 * (`import(…)` starts a chunk of its own; `import type` brings no code).
 *
 * - The build puts these modules in one chunk (vite.config.ts), instead of letting the pages
 *   loaded later split small shared chunks off them, each a request of its own.
 * - The Dutch catalogue is in two parts: src/i18n/messages.ts, in the first load, and
 *   src/i18n/pageMessages.ts, loaded with any other page (components/ViewErrorBoundary.tsx
 *   `lazyView`). firstLoad.test.ts checks that every text these modules use is in the first part.
 *   A module uses a text when it names the key as a string literal ('key' or "key"), or builds it
 *   from a prefix (`status${…}`: every key that starts with it).
 */
export function firstLoadModules(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      const target = resolveModule(file, specifier);
      if (target) visit(target);
    }
  };
  visit(resolve(entry));
  return [...seen];
}

/** The keys of `keys` that `source` uses, literally or by a prefix of a template literal. */
export function textsUsed(source: string, keys: readonly string[]): Set<string> {
  const literals = new Set(Array.from(source.matchAll(/'(\w+)'|"(\w+)"/g), (m) => m[1] ?? m[2]));
  const prefixes = Array.from(source.matchAll(/`(\w+)\$\{/g), (m) => m[1]!);
  return new Set(keys.filter((key) => literals.has(key) || prefixes.some((prefix) => key.startsWith(prefix))));
}

/** The specifiers of a module's static imports and re-exports, type-only ones left out. */
function staticImports(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    if (!match[1]) specifiers.push(match[2]!);
  }
  return specifiers;
}

/** A relative import of the client's own sources, as a file; packages and assets are not followed. */
function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

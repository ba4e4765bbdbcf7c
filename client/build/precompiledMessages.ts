import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * The catalogues' ICU messages (client/src/i18n/) parsed at build time, as FormatJS recommends:
 * each text becomes its syntax tree, which IntlMessageFormat takes as it is, and the parser itself
 * (@formatjs/icu-messageformat-parser, ~27 KB) is left out of the dashboard for its `no-parser`
 * entry. A message that does not parse stops the build, naming it. Tests and the dev server
 * parse at run time as before.
 */
export function precompiledMessages({ catalogues }: { catalogues: RegExp }): Plugin {
  return {
    name: 'zv-precompiled-messages',
    apply: 'build',
    // After TypeScript is stripped: the code is plain JavaScript.
    enforce: 'post',
    config: () => ({
      resolve: {
        alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }],
      },
    }),
    transform(code, id) {
      if (!catalogues.test(id.split('?')[0] ?? id)) return null;
      const texts = new Map<number, { start: number; end: number; key: string; text: string }>();
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(visit);
        if (!node || typeof node !== 'object') return;
        const n = node as Node;
        if (n.type === 'Property') {
          const key = n.key as Node & { name?: string; value?: unknown };
          const value = n.value as Node & { value?: unknown };
          if (value.type === 'Literal' && typeof value.value === 'string') {
            texts.set(value.start, { start: value.start, end: value.end, key: String(key.name ?? key.value), text: value.value });
            return;
          }
        }
        for (const [field, child] of Object.entries(n)) if (field !== 'parent' && typeof child === 'object') visit(child);
      };
      visit(this.parse(code));
      let out = code;
      for (const { start, end, key, text } of [...texts.values()].sort((a, b) => b.start - a.start)) {
        let ast: unknown;
        try {
          ast = parse(text, { ignoreTag: true });
        } catch (error) {
          this.error(`Tekst "${key}" in ${id} is geen geldig ICU-bericht: ${String(error)}`);
        }
        out = out.slice(0, start) + JSON.stringify(ast) + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}

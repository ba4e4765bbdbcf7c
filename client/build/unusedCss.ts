import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { PurgeCSS } from 'purgecss';
import type { Plugin } from 'vite';

/**
 * The NL Design System's component CSS (@utrecht/component-library-css, ~400 KB) and the theme's
 * design tokens (~200 KB of custom properties) are published whole; the dashboard uses some twenty
 * of their components. When the build reads them, this drops
 * - from the components: the rules whose selectors name none of the classes in the dashboard's
 *   source (modifiers completed at run time are kept by pattern, `keep`);
 * - from the tokens: every custom property that no kept rule and none of the dashboard's own
 *   styles refers to, directly or through another property.
 * It works on the files as they are read (a transform), so the hashed file names follow the
 * trimmed content. The dashboard's own CSS is never touched.
 */
export function dropUnusedCss({
  components,
  tokens,
  content,
  styles,
  keep,
}: {
  /** Path of the component library's CSS. */
  components: string;
  /** Path of the design tokens' CSS. */
  tokens: string;
  /** Globs of the files whose class names count as used: the dashboard's source and HTML. */
  content: string[];
  /** Folder of the dashboard's own source: its CSS, and styles set in code, keep the tokens they use. */
  styles: string;
  keep: RegExp[];
}): Plugin {
  let keptComponents: Promise<string> | null = null;
  const trimComponents = (css: string) => {
    keptComponents ??= new PurgeCSS()
      .purge({ content, css: [{ raw: css }], fontFace: false, keyframes: true, safelist: { standard: keep } })
      .then(([result]) => result?.css ?? css);
    return keptComponents;
  };

  return {
    name: 'zv-drop-unused-css',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (path === components) return { code: await trimComponents(code), map: null };
      if (path !== tokens) return null;
      const componentCss = await trimComponents(readFileSync(components, 'utf8'));
      const ownCss = readdirSync(styles, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(css|tsx?)$/.test(file))
        .map((file) => readFileSync(join(styles, file), 'utf8'));
      return { code: keepReferencedProperties(code, [componentCss, ...ownCss]), map: null };
    },
  };
}

/** `css` without the custom properties that `users` (and the properties they keep) never refer to. */
export function keepReferencedProperties(css: string, users: string[]): string {
  const root = postcss.parse(css);
  const definitions = new Map<string, string[]>();
  root.walkDecls(/^--/, (decl) => {
    definitions.set(decl.prop, [...(definitions.get(decl.prop) ?? []), decl.value]);
  });
  const used = new Set<string>();
  const pending = users.flatMap(references);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (used.has(name)) continue;
    used.add(name);
    for (const value of definitions.get(name) ?? []) pending.push(...references(value));
  }
  root.walkDecls(/^--/, (decl) => {
    if (!used.has(decl.prop)) decl.remove();
  });
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  return root.toString();
}

function references(text: string): string[] {
  return [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1] as string);
}

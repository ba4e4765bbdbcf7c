import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { precompiledMessages } from './build/precompiledMessages.ts';
import { dropUnusedCss } from './build/unusedCss.ts';

const require = createRequire(import.meta.url);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Two builds (`npm run build -w client`): the dashboard for the browser (dist/), and the entry the
 * server renders first visits with (`--ssr`, dist-ssr/render.js; decision 0009).
 */
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    precompiledMessages({ catalogues: /\/src\/i18n\/(steering|signal|explanation)?[mM]essages(En)?\.ts$/ }),
    ...(isSsrBuild
      ? []
      : [
          dropUnusedCss({
            components: require.resolve('@utrecht/component-library-css/dist/index.css'),
            tokens: require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
            content: [here('index.html'), here('src/**/*.{ts,tsx}'), here('../shared/src/**/*.ts')],
            styles: here('src'),
            // The dashboard's own classes, and component modifiers whose names are completed at run time.
            keep: [/^zv-/, /^chart/, /^utrecht-heading-\d$/, /^utrecht-form-field--/],
          }),
          // Every text file also as .br and .gz, at the highest levels (once, at build time): the
          // server sends the one the browser accepts (server/src/http/staticFiles.ts).
          compression({
            algorithms: [
              defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
              defineAlgorithm('gzip', { level: 9 }),
            ],
            include: /\.(js|css|html|svg|json|txt|woff)$/,
            threshold: 1024,
          }),
        ]),
  ],
  resolve: {
    alias: { '@zv/shared': here('../shared/src/index.ts') },
  },
  build: isSsrBuild
    ? {
        outDir: 'dist-ssr',
        emptyOutDir: true,
        copyPublicDir: false,
        sourcemap: false,
        rollupOptions: { input: here('src/ssr/render.tsx') },
      }
    : {
        outDir: 'dist',
        emptyOutDir: true,
        sourcemap: false,
        // Everything the page needs ships with it: no CDN, no inline scripts (a strict CSP allows none).
        assetsInlineLimit: 0,
        modulePreload: { polyfill: false },
      },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/healthz': 'http://localhost:4000',
      '/bronnen': 'http://localhost:4000',
      '/voorbeelden': 'http://localhost:4000',
    },
  },
}));

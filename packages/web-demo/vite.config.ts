import { fileURLToPath } from 'node:url';
import { type Alias, defaultClientConditions, defineConfig, type Plugin } from 'vite';

/**
 * The app is written against React's API and runs on Preact (`preact/compat`): React DOM 19 alone is about
 * 60 KB of the 150 KB gzipped budget, and the engine (analyzer lexicon, XState) plus the scenario pack need
 * that room. Every `react`/`react-dom` import, ours and our dependencies' (@xstate/react, Testing Library),
 * resolves to Preact's compat layer.
 */
const shims = fileURLToPath(new URL('./src/react-shims.ts', import.meta.url));

export const preactAliases: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  // Small CommonJS helpers of @xstate/react, replaced by ESM on Preact's hooks (see src/react-shims.ts).
  { find: /^use-sync-external-store\/shim(\/with-selector)?(\.js)?$/, replacement: shims },
  { find: /^use-isomorphic-layout-effect$/, replacement: shims },
];

/** JSX compiles to the automatic runtime; `react/jsx-runtime` is aliased to Preact's above. */
export const jsx = { jsx: { runtime: 'automatic', importSource: 'react' } } as const;

/**
 * A strict Content-Security-Policy for the built app: it may load only its own files and talks to no one
 * (no fonts, CDNs or analytics). Dev mode is left without it, since Vite injects inline scripts there.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'rapport-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative asset URLs: the built files work from any folder of any static server.
  base: './',
  plugins: [contentSecurityPolicy()],
  oxc: jsx,
  resolve: {
    conditions: ['@rapport/source', ...defaultClientConditions],
    alias: preactAliases,
    // One Preact for everyone, resolved from this package (our dependencies do not depend on it).
    dedupe: ['preact'],
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: { target: 'es2022', sourcemap: false, reportCompressedSize: false },
});

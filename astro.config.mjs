// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from './src/inline-scripts.mjs';
import { LANGS } from './src/i18n/locales.ts';

/** CSP hashes of the hand-written inline scripts (Astro hashes the scripts it bundles itself). */
const inlineHashes = INLINE_SCRIPTS.map((code) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(code).digest('base64')}`));

const sharedByIslands =
  /node_modules\/(preact\/(dist|jsx-runtime)|nanostores)\/|src\/stores\/progress\.ts|src\/lib\/(progress|safe-storage|grading|lesson-state|assessment-state|quiz-types|quiz-feedback|format)\.ts|src\/islands\/(ProgressIsland|QuestionFields)/;

// The site is fully static: every page is prerendered and the build output in
// dist/ can be served by any static host (see README "Deploy").
export default defineConfig({
  site: 'https://trafficking-course.example.org',
  trailingSlash: 'always',
  // Pages are rendered one at a time (Astro's default, stated because
  // src/i18n/locales.ts relies on it: a page sets the render language first).
  build: { format: 'directory', concurrency: 1 },
  // English at the root, the other languages under /<lang>/ (src/pages/[...lang]/).
  i18n: { locales: LANGS, defaultLocale: 'en', routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false } },
  integrations: [mdx(), preact()],
  // Tiny, page-wide CSS is inlined so most pages need one round trip.
  // (Astro inlines stylesheets below this size.)
  devToolbar: { enabled: false },
  // No code blocks in the course; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // Content Security Policy as a <meta> on every page, with a hash for every
  // inline script and style Astro emits: no 'unsafe-inline', no 'unsafe-eval'.
  // 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search; it does not
  // allow eval(). frame-ancestors cannot be set in a <meta>: see public/_headers.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "media-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineHashes },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [
      {
        // Vite's module-preload helper costs every island page about 700
        // compressed bytes, to preload the one or two chunks a lazily loaded
        // module needs; they are tiny, so the helper is not worth it.
        name: 'tc-no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
    build: {
      // One stylesheet for the whole site: one request, cached after the first
      // page, and no per-page <style> blocks growing the HTML.
      cssCodeSplit: false,
      rolldownOptions: {
        output: {
          // Everything a quiz page needs besides its own island goes into one
          // chunk: fewer requests, and one gzip stream compresses better than
          // many small files. Keeps quiz pages inside their budget
          // (scripts/bench-size.mjs).
          codeSplitting: { groups: [{ name: (id) => (sharedByIslands.test(id) ? 'course' : null) }] },
        },
      },
    },
  },
});

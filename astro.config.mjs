// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// The site is fully static: every page is prerendered and the build output in
// dist/ can be served by any static host (see README "Deploy").
export default defineConfig({
  site: 'https://trafficking-course.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  // Tiny, page-wide CSS is inlined so most pages need one round trip.
  // (Astro inlines stylesheets below this size.)
  devToolbar: { enabled: false },
});

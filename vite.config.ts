import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { rulesetPlugin, TEXT_PACK_MODULE } from './src/build/vite-ruleset-plugin.ts';
import { contentSecurityPolicy } from './src/build/vite-csp-plugin.ts';
import { singleFile } from './src/build/vite-single-file.ts';

// `vite build --mode single` (npm run build:single): one self-contained HTML file for locked-down counter PCs.
export default defineConfig(({ mode }) => (mode === 'single' ? singleFile() : {
  // Relative asset paths: the city site may embed the app under any folder.
  base: './',
  // A static host, as the city's servers are: an unknown path is a 404, not the app (vite's SPA fallback would hide
  // whether the service worker answers other pages).
  appType: 'mpa',
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // The rules are a chunk of their own: a rules update leaves the app code cached and the reverse, and the size
        // check can hold code and data to budgets of their own. Their text packs (loaded by need) are chunks too.
        codeSplitting: {
          groups: [
            // Everything the first screen needs, in one chunk (one gzip window): without this group rolldown makes a
            // shared chunk of every module that a lazy page also imports, and the first load pays for the seams. First,
            // so that the ruleset's group does not take the first screen's part of the rules (virtual:ruleset-shell).
            { name: 'app', tags: ['$initial'], priority: 3 },
            { name: 'ruleset', test: /^\0virtual:ruleset$/, priority: 2 },
            // What the calculator needs once the first screen is up (src/calculator.ts with every module it imports that
            // the first screen does not have): one chunk, not a dozen that each page loaded by need would also split off.
            { name: 'calculator', test: /\/src\/calculator\.ts$/, priority: 0 },
          ],
        },
        // text-en-…, text-common-…, text-support-…, text-sources-…, text-facts-N-… (questions by audience) and text-…
        // (one per item): test/check-size.ts counts them as rules, by these names.
        chunkFileNames: (chunk) => {
          const pack = chunk.facadeModuleId?.startsWith(TEXT_PACK_MODULE) && chunk.facadeModuleId.slice(TEXT_PACK_MODULE.length);
          return pack ? `assets/text-${pack.startsWith('item/') ? '' : `${pack.replace('/', '-')}-`}[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  plugins: [
    preact(),
    rulesetPlugin(),
    contentSecurityPolicy(),
    VitePWA({
      strategies: 'generateSW',
      // 'prompt': a new version waits until the user agrees, so an update never reloads mid-interview.
      registerType: 'prompt',
      // src/state/service-worker.ts registers sw.js itself, to drive the update prompt (and to spare workbox-window).
      injectRegister: false,
      manifest: {
        name: '杭州就业创业政策计算器',
        short_name: '就业创业计算器',
        description: '回答几个问题，看看可以申请哪些就业创业补贴。离线计算，回答不会上传。',
        lang: 'zh-CN',
        // Relative, like `base`: resolved against the manifest's own URL wherever the app is hosted.
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: '#0b3d91',
        background_color: '#f3f2f1',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      // The png glob below precaches the icons; the plugin adding them too would list each twice.
      includeManifestIcons: false,
      workbox: {
        // No webmanifest here: the plugin precaches manifest.webmanifest itself (toolchain.md, gotcha 12).
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // The example host page is the portal's, not the app's: never served from the app's cache.
        globIgnores: ['embed.html'],
        // No navigateFallback: routing is by '#', so the worker answers only the app's own URLs (its folder and
        // index.html, with any query such as ?mode=counter), never another page that shares the path on the city's site.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: null, // The plugin's default would be 'index.html' for every navigation in the scope.
        // Without injectRegister the plugin sets neither flag (toolchain.md, gotcha 3). clientsClaim lets the first
        // visit work offline without a reload; skipWaiting stays off, so an update waits for the user's yes.
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        // No runtimeCaching: the app makes no requests to other origins, and none should be cached.
      },
    }),
  ],
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // The property and CLI tests evaluate the whole ruleset many times; 5 s is too tight on a busy 2-core runner.
    testTimeout: 30_000,
  },
}));

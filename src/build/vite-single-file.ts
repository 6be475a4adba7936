/**
 * The one-file build (`npm run build:single` → dist-single/index.html): the app, its styles and the whole ruleset
 * inlined into a single HTML file that opens from a USB stick or the desktop (file://) with no server and no network.
 * vite-plugin-singlefile does the inlining (a maintained plugin, rather than our own HTML rewriting). No service
 * worker (file:// has none), no CSP meta (its `script-src 'self'` would refuse the inlined script), no frame check.
 */
import preact from '@preact/preset-vite';
import type { Plugin, UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { rulesetPlugin } from './vite-ruleset-plugin.ts';

/** Drops the frame-check script: public/ files are not part of the single file, and file:// is never framed. */
function withoutFrameCheck(): Plugin {
  return {
    name: 'hz-benefits-single-no-frame-check',
    transformIndexHtml: (html) => html.replace(/\s*<!--[^>]*-->\s*<script src="\.\/frame-check\.js"><\/script>/, ''),
  };
}

/** The Vite configuration of the one-file build. */
export function singleFile(): UserConfig {
  return {
    base: './',
    publicDir: false,
    build: { target: 'es2022', outDir: 'dist-single', emptyOutDir: true, assetsInlineLimit: Number.MAX_SAFE_INTEGER },
    plugins: [preact(), rulesetPlugin(), withoutFrameCheck(), viteSingleFile({ removeViteModuleLoader: true })],
  };
}

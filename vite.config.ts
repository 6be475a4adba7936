import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { rulesetPlugin } from './src/build/vite-ruleset-plugin.ts';

export default defineConfig({
  // Relative asset paths: the city site may embed the app under any folder.
  base: './',
  build: { target: 'es2022' },
  plugins: [preact(), rulesetPlugin()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});

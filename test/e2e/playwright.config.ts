/**
 * End-to-end tests against the BUILT app (`vite preview` serves dist/; run `npm run build` first),
 * in Debian's Chromium: Playwright's own browser download does not work on the build machine.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  outputDir: `${root}/test-results/e2e`,
  // A Hangzhou user's browser: Chinese UI (date inputs show 年/月/日 order) and China time.
  use: { baseURL: `http://localhost:${PORT}`, trace: 'retain-on-failure', locale: 'zh-CN', timezoneId: 'Asia/Shanghai' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                 '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: [
    { command: `npx vite preview --port ${PORT} --strictPort`, cwd: root, url: `http://localhost:${PORT}`, reuseExistingServer: false, timeout: 60_000 },
    // A second origin for the embedding tests: the portal's page (dist/embed.html) at 127.0.0.1, another site than
    // localhost, framing the app served above.
    { command: `npx vite preview --host 127.0.0.1 --port ${PORT + 1} --strictPort`, cwd: root, url: `http://127.0.0.1:${PORT + 1}/embed.html`, reuseExistingServer: false, timeout: 60_000 },
  ],
});

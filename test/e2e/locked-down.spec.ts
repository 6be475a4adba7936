/**
 * A locked-down page: the built index.html carries a strict Content-Security-Policy, and a whole session — interview,
 * results with explanations, drafts, export and import, the checklist and About — runs with no violation and no
 * request to another origin. The service worker answers only the app's own URLs, and after another tab takes a new
 * version this tab says so instead of failing silently.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { GRADUATE, chooseWho, openApp, runInterview, setAsOf } from './support.ts';
import { openDrafts, settle } from './drafts-support.ts';

test.describe.configure({ timeout: 180_000 });
const SW = fileURLToPath(new URL('../../dist/sw.js', import.meta.url));

async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('a whole session under the strict CSP: no violation, no request elsewhere', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const outside = await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-');

  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);
  await runInterview(page, GRADUATE);
  for (const d of await page.locator('details.explanation summary').all()) await d.click();
  await page.getByRole('button', { name: '大字模式' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: '中文' }).click();
  await settle(page);

  await openDrafts(page);
  const downloading = page.waitForEvent('download');
  await page.locator('li.draft').first().getByRole('button', { name: '导出' }).click();
  const file = await (await downloading).path();
  await page.getByLabel('导入草稿文件').setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(page.getByTestId('drafts-status')).toContainText('已导入并打开');

  await page.goto('/#checklist');
  await expect(page.locator('.checklist-page')).toBeVisible();
  await page.pdf({ format: 'A4' });
  await page.goto('/#about');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(outside).toEqual([]);
});

test('the service worker serves the app, offline and with a query, and no other page under the same path', async ({ page, context }) => {
  await openApp(page);
  await controlled(page);
  // Another page of the site under the same path: the server's answer (here a 404), never the app from the worker.
  for (const path of ['/other-page.html', '/some/nested/path', '/report.pdf']) {
    const tab = await context.newPage(); // In the worker's scope, as any page of the site would be.
    const answered = tab.waitForResponse((r) => new URL(r.url()).pathname === path);
    await tab.goto(path).catch(() => undefined); // Chromium reports an empty 404 page as a failed navigation.
    const r = await answered;
    expect([path, r.status(), r.fromServiceWorker()]).toEqual([path, 404, false]);
    await tab.close();
  }
  // The app itself, from the cache, with the network cut, and with a query string (a counter link).
  await context.setOffline(true);
  const app = await page.goto('/?mode=personal');
  expect(app?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a new version taken in another tab: this tab says so and reloads on request, its draft intact', async ({ page, context }) => {
  await openApp(page);
  await controlled(page);
  await chooseWho(page, ['graduate']);
  await settle(page);
  const other = await context.newPage();
  await other.goto('/');
  await controlled(other);
  const original = readFileSync(SW, 'utf8');
  try {
    writeFileSync(SW, `${original}\n// a new deployment\n`);
    await other.evaluate(() => void navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect(other.getByTestId('update-prompt')).toBeVisible();
    await Promise.all([other.waitForEvent('load'), other.getByTestId('update-prompt').getByRole('button', { name: '更新' }).click()]);
    // The first tab did not choose the update: it is told, and is not reloaded under the user's hands.
    const stale = page.getByTestId('stale-prompt');
    await expect(stale).toContainText('新版本已启用，请刷新页面');
    await Promise.all([page.waitForEvent('load'), stale.getByRole('button', { name: '刷新' }).click()]);
    await expect(page.getByTestId('stale-prompt')).toHaveCount(0);
    await expect(page.getByRole('region', { name: /谁来申请/ })).toContainText('高校毕业生');
  } finally {
    writeFileSync(SW, original);
  }
});

test.describe('where service workers are blocked', () => {
  test.use({ serviceWorkers: 'block' });
  test('the app runs without one and logs no error', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await openApp(page);
    await chooseWho(page, ['graduate']);
    await expect(page.locator('section.question').first()).toBeVisible();
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
  });
});

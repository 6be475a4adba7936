/**
 * Offline: after one visit the service worker has precached everything, so with the network cut the page reloads,
 * a whole interview runs, drafts are saved and exported (the lazily loaded file code comes from the cache), and the
 * page can be printed. The app can be installed: its manifest is linked and complete. A new version is offered, and
 * taking it keeps the draft.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { GRADUATE, answerUntil, chooseWho, expectNoAxeViolations, openApp, runInterview, setAsOf } from './support.ts';
import { expectShown, openDrafts, settle, shown } from './drafts-support.ts';

const SW = fileURLToPath(new URL('../../dist/sw.js', import.meta.url));

async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('with the service worker installed and the network cut, a reload and a full persona flow work', async ({ page, context }) => {
  await openApp(page);
  await controlled(page);
  await expect(page.getByTestId('offline-ready')).toContainText('已可离线使用');
  await expectNoAxeViolations(page, 'calculator with the offline-ready notice');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);
  await runInterview(page, GRADUATE);
  const subsidy = page.locator('[data-group="eligible"] [data-item="graduate-employment-subsidy"]');
  await expect(subsidy.getByTestId('amount')).toHaveText('累计 2,000 元');

  // Drafts work offline too: saved, resumed after a reload, and exported (its code is a lazily loaded chunk).
  await settle(page);
  const before = await shown(page);
  await page.reload();
  await expectShown(page, before);
  await openDrafts(page);
  const downloading = page.waitForEvent('download');
  await page.locator('li.draft').first().getByRole('button', { name: '导出' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.json$/);

  // Printing needs nothing from the network either.
  await page.getByRole('link', { name: '← 返回计算器' }).click();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('the app can be installed: a manifest with name, start URL, standalone display and icons', async ({ page, request }) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(new URL(href!, page.url()).toString())).json();
  expect(manifest).toMatchObject({ name: '杭州就业创业政策计算器', start_url: '.', display: 'standalone' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(new URL(icon.src, page.url()).toString())).ok()).toBe(true);
});

test('a new version is offered, not forced; taking it reloads the page with the draft in progress intact', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await controlled(page);
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);
  await answerUntil(page, GRADUATE, 'employer-headcount');
  const before = await shown(page);
  // A deployment: vite preview serves dist/ from disk, so a changed sw.js is a new version to the browser.
  const original = readFileSync(SW, 'utf8');
  try {
    writeFileSync(SW, `${original}\n// a new deployment\n`);
    await page.evaluate(() => void navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toContainText('有新版本');
    // Nothing reloads by itself: the interview goes on under the prompt.
    await expectNoAxeViolations(page, 'calculator with the update prompt');
    await page.setViewportSize({ width: 360, height: 780 });
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: fileURLToPath(new URL('../../test-results/screenshots/360-zh-7-update.png', import.meta.url)) });
    await expectShown(page, before);
    // Later: the prompt goes; the new version keeps waiting, and is offered again on the next visit.
    await prompt.getByRole('button', { name: '稍后' }).click();
    await expect(prompt).toHaveCount(0);
    await page.reload();
    await expectShown(page, before);
    await expect(prompt).toBeVisible();
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '更新' }).click()]);
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);
    await expectShown(page, before);
  } finally {
    writeFileSync(SW, original);
  }
});

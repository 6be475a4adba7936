/**
 * The one-file build (npm run build:single) opened from the disk, as on a locked-down counter PC: file://, no server,
 * no network. A persona's interview, results, printing and export work; drafts are kept or the page says plainly why not.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { GRADUATE, chooseWho, expectNoAxeViolations, runInterview, setAsOf } from './support.ts';

const FILE = fileURLToPath(new URL('../../dist-single/index.html', import.meta.url));
test.describe.configure({ timeout: 120_000 });

test('the single HTML file runs a whole persona from file:// with the network cut', async ({ page, context }) => {
  expect(existsSync(FILE), 'run `npm run build:single` first').toBe(true);
  console.log(`single file: ${statSync(FILE).size} bytes`);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await context.setOffline(true);
  await page.goto(pathToFileURL(FILE).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('杭州就业创业政策计算器');
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);
  await runInterview(page, GRADUATE);
  await expect(page.locator('[data-group="eligible"] [data-item="graduate-employment-subsidy"] [data-testid="amount"]')).toHaveText('累计 2,000 元');
  await expectNoAxeViolations(page, 'the single file, results');

  // Drafts: Chromium keeps IndexedDB for file:// pages, so the interview comes back after a reload (where a browser
  // refuses, the storage banner says so: drafts.spec covers that wording).
  await expect(page.getByTestId('storage-banner')).toHaveCount(0);
  const answered = await page.locator('[data-answered]').count();
  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.locator('[data-answered]')).toHaveCount(answered);
  await page.getByTestId('drafts-link').click();
  const downloading = page.waitForEvent('download');
  await page.locator('li.draft').first().getByRole('button', { name: '导出' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.json$/);

  await page.goto(`${pathToFileURL(FILE).href}#checklist`);
  await expect(page.locator('.checklist-page')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  expect(errors).toEqual([]);
});

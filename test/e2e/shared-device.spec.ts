/**
 * Trust on a shared device: no crafted file or stored record breaks the page, two tabs never overwrite each other,
 * no answer is lost to a quick reload or a closed browser, and a database from a newer version is named as such.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect, test, type Page } from '@playwright/test';
import { GRADUATE, answerOne, answerUntil, chooseWho, currentFact, expectNoAxeViolations, openApp, setAsOf } from './support.ts';
import { openDrafts, settle } from './drafts-support.ts';
import { dumpDevice, plantRecord } from './shared-device-support.ts';

test.describe.configure({ timeout: 180_000 });
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const answered = (page: Page) => page.locator('[data-answered]');

/** The page rendered something a person can use: the title, who is asking, and the results. */
async function expectUsable(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /谁来申请/ })).toBeVisible();
  await expect(page.locator('.results')).toBeVisible();
}

const draft = {
  id: 'abc',
  name: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rulesVersion: '2026.11.2',
  rulesHash: 'other',
  asOf: '2025-06-30',
  audiences: ['graduate'],
  answers: { 'is-college-graduate': true },
};

test.describe('no file and no stored record can break the page', () => {
  test('the 300-byte draft with a results key "constructor": imported, reloaded, the page works', async ({ page }) => {
    await openApp(page);
    await openDrafts(page);
    const file = { format: 'hz-benefits-draft', version: 2, exportedAt: '2026-01-01T00:00:00.000Z', draft: { ...draft, results: { constructor: { status: 'eligible', amount: '{}' } } } };
    await page.getByLabel('导入草稿文件').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByTestId('drafts-status')).toContainText('已导入并打开');
    await page.getByRole('link', { name: '← 返回计算器' }).click();
    await expect(answered(page)).toHaveCount(1);
    await page.reload();
    await expectUsable(page);
    await expect(answered(page)).toHaveCount(1);
    await expect(page.getByTestId('drafts-link')).toHaveText('草稿（1）');
  });

  test('unreadable records on the device: the page renders, says so in plain words, saves them to a file, deletes them', async ({ page }) => {
    await openApp(page);
    await plantRecord(page, { ...draft, id: 'long', name: 'x'.repeat(330_000) });
    await plantRecord(page, { ...draft, id: 'bad', answers: 'yes' });
    await plantRecord(page, { ...draft, id: 'abc', results: { constructor: { status: 'eligible', amount: '{}' } } });
    await page.evaluate(() => localStorage.setItem('hz-benefits:last-draft', 'bad'));
    await page.reload();
    await expectUsable(page);
    const notice = page.getByTestId('damaged-notice');
    await expect(notice).toContainText('这台设备上有 2 份保存的记录无法读取');
    await expectNoAxeViolations(page, 'calculator with unreadable records');
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}1280-zh-9-unreadable.png` });
    const downloading = page.waitForEvent('download');
    await notice.getByRole('button', { name: '先把这些记录保存为文件' }).click();
    expect((await downloading).suggestedFilename()).toMatch(/^hz-benefits-unreadable-/);
    await notice.getByRole('button', { name: '删除这些记录' }).click();
    await expect(page.getByTestId('damaged-notice')).toHaveCount(0);
    expect((await dumpDevice(page)).drafts.map((d) => (d as { id: string }).id)).toEqual(['abc']);
  });

  test('a 20,000-key file and a 330,000-character name are refused at once, with a message', async ({ page }) => {
    await openApp(page);
    await openDrafts(page);
    const answers = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`fact-${i}`, true]));
    for (const body of [{ ...draft, answers }, { ...draft, name: 'x'.repeat(330_000) }]) {
      const file = { format: 'hz-benefits-draft', version: 2, exportedAt: '2026-01-01T00:00:00.000Z', draft: body };
      const started = Date.now();
      await page.getByLabel('导入草稿文件').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      await expect(page.getByTestId('import-refused')).toContainText('文件内容不完整或有错误');
      expect(Date.now() - started).toBeLessThan(3000);
    }
    await expect(page.getByTestId('drafts-none')).toBeVisible();
  });

  test('a database upgraded by a newer version is named as such, never as private mode, and nothing is deleted', async ({ page }) => {
    await openApp(page);
    await setAsOf(page, '2025-06-30');
    await chooseWho(page, ['graduate']);
    await settle(page);
    // A newer app version upgrades the database (the page's connection steps aside), then this old page reloads.
    await page.evaluate(() => new Promise((resolve) => (indexedDB.open('hz-benefits', 7).onsuccess = (e) => resolve((e.target as IDBOpenDBRequest).result.close()))));
    await page.reload();
    const banner = page.getByTestId('storage-banner');
    await expect(banner).toHaveAttribute('data-problem', 'newer');
    await expect(banner).toContainText('用过本计算器的新版本');
    await expect(banner).not.toContainText('无痕');
    const kept = await page.evaluate(() => new Promise<[number, number]>((resolve) => {
      const open = indexedDB.open('hz-benefits');
      open.onsuccess = () => {
        const count = open.result.transaction('drafts').objectStore('drafts').count();
        count.onsuccess = () => resolve([open.result.version, count.result]);
      };
    }));
    expect(kept).toEqual([7, 1]);
  });
});

test.describe('two tabs', () => {
  test('answers from both tabs are kept; "clear all data" in one empties the other at once and nothing comes back', async ({ page, context }) => {
    await openApp(page);
    await setAsOf(page, '2025-06-30');
    await chooseWho(page, ['graduate']);
    await answerUntil(page, GRADUATE, 'employer-in-hangzhou');
    await settle(page);
    const b = await context.newPage();
    await b.goto('/');
    await expect(answered(b)).toHaveCount(await answered(page).count()); // B resumed the same draft.

    // A answers three more; B, which has not touched anything, follows; then B says "don't know" to its question.
    for (let i = 0; i < 3; i++) await answerOne(page, (await currentFact(page))!, GRADUATE);
    await settle(page);
    await expect(answered(b)).toHaveCount(await answered(page).count());
    const bFact = (await currentFact(b))!;
    await b.locator('section.question').first().getByRole('button', { name: '不清楚', exact: true }).click();
    await settle(b);
    await page.reload();
    await expect(page.locator(`[data-answered="${bFact}"]`)).toHaveCount(1);
    const both = await answered(page).count();
    expect((await dumpDevice(page)).drafts).toHaveLength(1);

    // Two quick answers to the same draft in both tabs, with no time to hear of each other: merged, not overwritten.
    const [fa, fb] = [(await currentFact(page))!, (await currentFact(b))!];
    await Promise.all([answerOne(page, fa, GRADUATE), answerOne(b, fb, {})]);
    await settle(page);
    await page.reload();
    await expect(answered(page)).toHaveCount(both + (fa === fb ? 1 : 2));

    await openDrafts(page);
    await page.getByRole('button', { name: '清除本机全部数据' }).click();
    await page.getByRole('button', { name: '确定清除' }).click();
    await expect(b.getByTestId('choose-first')).toBeVisible();
    await expect(answered(b)).toHaveCount(0);
    await chooseWho(b, ['employer']);
    await settle(b);
    const left = JSON.stringify((await dumpDevice(b)).drafts);
    expect(left).not.toContain('is-college-graduate');
    expect(left).not.toContain('"graduate"');
  });
});

test.describe('no answer lost', () => {
  test('answer, then reload at once, 20 times: every answer is there', async ({ page }) => {
    await openApp(page);
    await setAsOf(page, '2025-06-30');
    await chooseWho(page, ['graduate']);
    let lost = 0;
    for (let i = 1; i <= 20; i++) {
      const fact = await currentFact(page);
      if (fact === null) break;
      await page.locator('section.question').first().getByRole('button', { name: '不清楚', exact: true }).click();
      await page.reload(); // No wait at all after the click.
      await expect(page.locator('[data-answered]').first()).toBeVisible();
      if ((await page.locator(`[data-answered="${fact}"]`).count()) === 0) lost++;
    }
    console.log(`reload straight after an answer: ${lost} of 20 lost`);
    expect(lost).toBe(0);
  });

  test('answer, then close the browser at once: the answer is there at the next start', async ({}, info) => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-close-'));
    const launch = () =>
      chromium.launchPersistentContext(dir, { ...info.project.use.launchOptions, baseURL: info.project.use.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      let lost = 0;
      for (let round = 0; round < 3; round++) {
        const context = await launch();
        const page = context.pages()[0] ?? (await context.newPage());
        await openApp(page);
        if (round === 0) await chooseWho(page, ['graduate']);
        else await expect(answered(page).first()).toBeVisible();
        const fact = (await currentFact(page))!;
        await page.locator('section.question').first().getByRole('button', { name: '不清楚', exact: true }).click();
        await context.close(); // At once.
        const again = await launch();
        const check = again.pages()[0] ?? (await again.newPage());
        await openApp(check);
        await expect(answered(check).first()).toBeVisible();
        if ((await check.locator(`[data-answered="${fact}"]`).count()) === 0) lost++;
        await again.close();
      }
      console.log(`browser closed straight after an answer: ${lost} of 3 lost`);
      expect(lost).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Drafts: saved as answered and resumed after a reload or a browser restart; named drafts; export, clear and import;
 * refused files; a rules update noticed; and a browser with no IndexedDB still working and saying so.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect, test, type Page } from '@playwright/test';
import { GRADUATE, answerUntil, chooseWho, expectNoAxeViolations, openApp, runInterview, setAsOf, type Lang } from './support.ts';
import { expectShown, openDrafts, row, settle, shown } from './drafts-support.ts';

// A whole interview takes a while on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const ZHANG = /^张三( 正在使用)?$/;
const COPY = /^张三 副本/;
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** A graduate's interview, part of the way. */
async function someAnswers(page: Page, lang: Lang = 'zh'): Promise<void> {
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);
  await answerUntil(page, GRADUATE, 'months-insured-current-employer', lang);
  await settle(page);
}

test('a reload resumes the draft: the same answers, date and results', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);
  await runInterview(page, GRADUATE);
  const before = await shown(page);
  expect(before.results).toContain('graduate-employment-subsidy: eligible 累计 2,000 元');
  // No wait: the save pending when the page goes is flushed on pagehide.
  await page.reload();
  await expectShown(page, before);
  await expect(page.getByTestId('done')).toBeVisible();
  await expect(page.getByTestId('storage-banner')).toHaveCount(0);
});

test('a browser restart resumes the draft', async ({}, info) => {
  const dir = mkdtempSync(join(tmpdir(), 'hz-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(dir, { ...info.project.use.launchOptions, baseURL: info.project.use.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await openApp(page);
    await someAnswers(page);
    const before = await shown(page);
    expect(before.answered.length).toBeGreaterThan(2);
    await context.close();

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await openApp(page);
    await expectShown(page, before);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('named drafts: new, rename, duplicate, open and delete', async ({ page }) => {
  await openApp(page);
  await someAnswers(page);
  const first = await shown(page);

  await openDrafts(page);
  await expect(page.locator('li.draft')).toHaveCount(1);
  const untitled = page.locator('li.draft').first();
  await expect(untitled).toContainText('正在使用');
  await expect(untitled).toContainText(`已回答 ${first.answered.length} 题`);
  await untitled.getByRole('button', { name: '重命名' }).click();
  await expect(untitled.getByLabel('草稿名称')).toBeFocused();
  await untitled.getByLabel('草稿名称').fill('张三');
  await untitled.getByLabel('草稿名称').press('Enter');
  await expect(page.getByTestId('drafts-status')).toHaveText('已改名为“张三”。');
  await expect(row(page, ZHANG)).toHaveCount(1);

  // A second person at the counter: a new draft, empty, that becomes a draft at its first answer.
  await page.getByRole('button', { name: '新建草稿' }).click();
  await expect(page.getByTestId('choose-first')).toBeVisible();
  await expect(page.locator('[data-answered]')).toHaveCount(0);
  await chooseWho(page, ['graduate']);
  await settle(page);
  await expect(page.getByTestId('drafts-link')).toHaveText('草稿（2）');

  await openDrafts(page);
  await row(page, ZHANG).getByRole('button', { name: '复制' }).click();
  await expect(page.getByTestId('drafts-status')).toHaveText('已复制为“张三 副本”。');
  await expect(page.locator('li.draft')).toHaveCount(3);
  await expect(row(page, COPY)).toContainText(`已回答 ${first.answered.length} 题`);

  await row(page, COPY).getByRole('button', { name: '删除' }).click();
  await expect(row(page, COPY).getByRole('button', { name: '确定删除' })).toBeFocused();
  await expectNoAxeViolations(page, 'drafts page, confirming a delete');
  await row(page, COPY).getByRole('button', { name: '确定删除' }).click();
  await expect(page.getByTestId('drafts-status')).toHaveText('已删除“张三 副本”。');
  await expect(page.locator('li.draft')).toHaveCount(2);

  await row(page, ZHANG).getByRole('button', { name: '打开' }).click();
  await expect(page.locator('.results')).toBeVisible();
  await expectShown(page, first);
});

test('export → clear all data → import restores the draft exactly', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);
  await runInterview(page, GRADUATE);
  const before = await shown(page);

  await openDrafts(page);
  const downloading = page.waitForEvent('download');
  await page.locator('li.draft').first().getByRole('button', { name: '导出' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^hz-benefits-draft-\d{4}-\d\d-\d\d\.json$/);
  const file = test.info().outputPath('draft.json');
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved).toMatchObject({ format: 'hz-benefits-draft', version: 2, draft: { asOf: '2025-06-30', audiences: ['graduate'] } });

  await page.getByRole('button', { name: '清除本机全部数据' }).click();
  await page.getByRole('button', { name: '确定清除' }).click();
  await expect(page.getByTestId('drafts-status')).toHaveText('已清除这台设备上的全部数据。');
  await expect(page.getByTestId('drafts-none')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('drafts-none')).toBeVisible();

  // The file button is the page's own, in the page's language (the browser's says "Choose File" on an English system),
  // and a keyboard reaches it with the focus ring on the button.
  const pick = page.locator('label.file-pick');
  await expect(pick).toHaveText('选择文件…');
  await page.locator('#import-file').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('#import-file')).toBeFocused();
  expect(await pick.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
  await page.getByLabel('导入草稿文件').setInputFiles(file);
  await expect(page.getByTestId('drafts-status')).toContainText('已导入并打开');
  await expect(page.locator('li.draft')).toHaveCount(1);
  await page.getByRole('link', { name: '← 返回计算器' }).click();
  await expectShown(page, before);
  // And it is saved again: a reload still has it.
  await page.reload();
  await expectShown(page, before);
});

test('a corrupt file and a foreign JSON are refused with a message, and nothing is lost', async ({ page }) => {
  await openApp(page);
  await someAnswers(page);
  const before = await shown(page);
  await openDrafts(page);
  const list = await page.locator('li.draft').allTextContents();

  const files = [
    { name: 'broken.json', text: '{"format": "hz-benefits-draft", "version": 2, "draft": {', says: '不是有效的 JSON 文件' },
    { name: 'package.json', text: '{"name": "left-pad", "version": "1.3.0"}', says: '不是本计算器导出的草稿' },
    { name: 'bad-date.json', text: JSON.stringify({ format: 'hz-benefits-draft', version: 2, exportedAt: '2026-01-01T00:00:00Z', draft: { id: 'x' } }), says: '文件内容不完整或有错误' },
  ];
  for (const f of files) {
    await page.getByLabel('导入草稿文件').setInputFiles({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) });
    const refused = page.getByTestId('import-refused');
    await expect(refused).toContainText(f.says);
    await expect(refused).toContainText('没有导入任何内容，已有的草稿保持不变。');
    expect(await page.locator('li.draft').allTextContents()).toEqual(list);
  }
  await expectNoAxeViolations(page, 'drafts page with a refused import');
  await page.getByRole('link', { name: '← 返回计算器' }).click();
  await expectShown(page, before);
});

test('a draft saved under older rules is recalculated and the changed results are listed', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);
  await runInterview(page, GRADUATE);
  await openDrafts(page);
  const downloading = page.waitForEvent('download');
  await page.locator('li.draft').first().getByRole('button', { name: '导出' }).click();
  const file = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
  // As if saved under an earlier ruleset that found her not eligible for 1,000 yuan.
  file.draft.id = 'older';
  file.draft.rulesVersion = '2024.1.0';
  file.draft.rulesHash = 'older-hash';
  file.draft.results['graduate-employment-subsidy'] = { status: 'not-eligible', amount: '{"kind":"exact","value":1000,"basis":"total"}' };
  await page.getByLabel('导入草稿文件').setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('link', { name: '← 返回计算器' }).click();

  const notice = page.getByTestId('changes-notice');
  await expect(notice).toContainText('这份草稿是按规则版本 2024.1.0 保存的');
  await expect(notice.locator('li')).toHaveCount(1);
  await expect(notice.locator('[data-changed="graduate-employment-subsidy"]')).toHaveText('高校毕业生就业补贴：暂不符合（累计 1,000 元） → 可以申请（累计 2,000 元）');
  await expectNoAxeViolations(page, 'calculator with the rules-change notice');
  await notice.screenshot({ path: `${SHOTS}1280-zh-5-rules-changed.png` });
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);
  // Told once: the draft now records the current rules.
  await page.reload();
  await expect(page.locator('[data-answered]').first()).toBeVisible();
  await expect(page.getByTestId('changes-notice')).toHaveCount(0);
});

for (const [how, script] of [
  ['no IndexedDB at all', () => Object.defineProperty(window, 'indexedDB', { get: () => undefined })],
  ['IndexedDB refusing to open', () => {
    // As a browser refuses it (Chromium in a sandboxed frame): opening and listing the databases alike.
    const denied = () => new DOMException('The user denied permission to access the database.', 'SecurityError');
    IDBFactory.prototype.open = () => {
      throw denied();
    };
    IDBFactory.prototype.databases = () => Promise.reject(denied());
  }],
] as const) {
  test(`with ${how}, the app still works and says plainly that nothing will be saved`, async ({ page }) => {
    await page.addInitScript(script);
    await openApp(page);
    const banner = page.getByTestId('storage-banner');
    await expect(banner).toContainText('无法在本机保存');
    await expect(banner).toContainText('本次回答只保留在此页面');
    await setAsOf(page, '2025-06-30');
    await chooseWho(page, ['graduate']);
    await runInterview(page, GRADUATE);
    await expect(page.locator('[data-item="graduate-employment-subsidy"] [data-testid="amount"]')).toHaveText('累计 2,000 元');
    await expectNoAxeViolations(page, `calculator with ${how}`);
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}1280-zh-6-no-storage-${how.replace(/\W+/g, '-')}.png` });
    // Drafts still work for this visit, in memory.
    await openDrafts(page);
    await expect(page.locator('li.draft')).toHaveCount(1);
    await expect(page.getByTestId('storage-banner')).toBeVisible();
  });
}

test('when storage is full the app says so, keeps the answers on the page, and loses none of them', async ({ page }) => {
  await openApp(page);
  await someAnswers(page);
  const saved = await shown(page);
  // The disk fills up: every IndexedDB write is refused from now on.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.locator('section.question').first().getByRole('button', { name: '不清楚', exact: true }).click();
  const banner = page.getByTestId('storage-banner');
  await expect(banner).toContainText('本机存储空间已满');
  await expect(banner).toHaveAttribute('data-problem', 'full');
  await expect(page.locator('[data-answered]')).toHaveCount(saved.answered.length + 1);
  await expectNoAxeViolations(page, 'calculator with storage full');
  // A new page (the refusal is gone): the draft as saved, and the answer IndexedDB refused, kept aside in localStorage.
  await page.reload();
  await expect(page.locator('[data-answered]')).toHaveCount(saved.answered.length + 1);
  await expect(page.getByTestId('storage-banner')).toHaveCount(0);
});

for (const width of [360, 1366]) {
  for (const lang of ['zh', 'en'] as const) {
    test(`drafts page at ${width}px in ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, lang);
      await someAnswers(page, lang);
      await page.getByTestId('drafts-link').click();
      const rename = lang === 'zh' ? '重命名' : 'Rename';
      await page.locator('li.draft').first().getByRole('button', { name: rename }).click();
      await page.locator('li.draft input').fill(lang === 'zh' ? '王阿姨（窗口 3）' : 'Mrs Wang (counter 3)');
      await page.locator('li.draft input').press('Enter');
      await page.getByRole('button', { name: lang === 'zh' ? '新建草稿' : 'New draft' }).click();
      await chooseWho(page, ['employer']);
      await settle(page);
      await page.getByTestId('drafts-link').click();
      await page.locator('li.draft').nth(1).getByRole('button', { name: lang === 'zh' ? '删除' : 'Delete' }).click();
      const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      expect(scroll).toBeLessThanOrEqual(inner);
      await expectNoAxeViolations(page, `drafts page at ${width}px in ${lang}`);
      await page.screenshot({ path: `${SHOTS}${width}-${lang}-4-drafts.png`, fullPage: true });
    });
  }
}

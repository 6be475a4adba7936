/**
 * From the counter to the resident's phone without a server: the QR code on screen decodes (jsQR, from the PNG of the
 * rendered code) to the link, and the link opened in a fresh browser, offline after one visit, shows the same items,
 * statuses and amounts, and keeps them as a draft on request. The printed checklist carries the same code, readable
 * from the page rendered at 200 dpi. A damaged link says so and changes nothing. "这个结果不对？" saves a case file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { FOUNDER_EMPLOYER } from './personas.ts';
import { chooseWho, expectNoAxeViolations, runInterview, setAsOf } from './support.ts';

test.describe.configure({ timeout: 240_000 });
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The text of the QR code in a PNG, or null. */
function readQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
}

/** Items, statuses and amounts as the page shows them. */
async function results(page: Page): Promise<string[]> {
  await expect(page.locator('.results [data-item]').first()).toBeVisible();
  return page.locator('.results [data-item]').evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('data-item')}: ${e.getAttribute('data-status')} ${e.querySelector('[data-testid="amount"]')?.textContent ?? ''}`),
  );
}

/** A phone that visited the app once (so it works offline), then lost the network. */
async function offlinePhone(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  return { context, page };
}

test('a counter interview travels by QR code to an offline phone: same items, statuses and amounts', async ({ page, browser }, info) => {
  const p = FOUNDER_EMPLOYER;
  await page.goto('/?mode=counter');
  await setAsOf(page, p.asOf);
  await chooseWho(page, p.audiences);
  await runInterview(page, p.answers);
  const atCounter = await results(page);

  const panel = page.getByTestId('take-home');
  await expect(panel.locator('svg.qr')).toHaveCount(0); // At a counter, only on request…
  await expect(page.getByTestId('share-contains')).toContainText('没有姓名'); // …and staff read what it holds first.
  await panel.getByRole('button', { name: '显示二维码' }).click();
  const qr = panel.locator('svg.qr');
  await expect(qr).toBeVisible();
  // The "works offline" toast floats at the bottom for a few seconds; out of the way of the code for the photo.
  if (await page.getByTestId('offline-ready').count()) await page.getByTestId('offline-ready').getByRole('button').click();
  await qr.scrollIntoViewIfNeeded();
  await expectNoAxeViolations(page, 'results with the QR code shown');
  const link = (await panel.getByTestId('share-link').getAttribute('href'))!;
  const version = await qr.getAttribute('data-version');
  console.log(`founder persona: link ${link.length} characters, QR version ${version}`);
  await qr.screenshot({ path: `${SHOTS}qr-on-screen.png` });
  expect(readQr(await qr.screenshot())).toBe(link);
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}1366-zh-handoff.png` });

  const phone = await offlinePhone(browser, info.project.use.baseURL!);
  await phone.page.goto(link);
  const notice = phone.page.getByTestId('shared-notice');
  await expect(notice).toContainText('这是从办理窗口带来的结果');
  expect(await results(phone.page)).toEqual(atCounter);
  await expectNoAxeViolations(phone.page, 'a phone with the counter\'s results opened from the link');
  await expect(phone.page.getByTestId('drafts-link')).toHaveText('草稿'); // Not kept until asked.
  await notice.getByRole('button', { name: '保存为草稿' }).click();
  await expect(notice).toContainText('已保存为这台手机上的草稿');
  await expect(phone.page.getByTestId('drafts-link')).toHaveText('草稿（1）');
  await phone.page.reload();
  expect(await results(phone.page)).toEqual(atCounter);
  await phone.context.close();
});

test('the printed checklist carries the same QR code, readable from the page at 200 dpi', async ({ page }) => {
  const p = FOUNDER_EMPLOYER;
  await page.goto('/');
  await setAsOf(page, p.asOf);
  await chooseWho(page, p.audiences);
  await runInterview(page, p.answers);
  await page.getByTestId('take-home').getByRole('button', { name: '显示二维码' }).click();
  const link = (await page.getByTestId('share-link').getAttribute('href'))!;
  await page.goto('/#checklist');
  await expect(page.getByTestId('sheet-qr').locator('svg.qr')).toBeVisible();
  const dir = mkdtempSync(join(tmpdir(), 'hz-qr-'));
  writeFileSync(join(dir, 'sheet.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', join(dir, 'sheet.pdf'), join(dir, 'page')]);
  const first = readdirSync(dir).find((f) => f.endsWith('.png'))!;
  const png = readFileSync(join(dir, first));
  writeFileSync(`${SHOTS}qr-on-printed-checklist.png`, png);
  expect(readQr(png)).toBe(link);
});

test('a damaged or foreign link says so and changes nothing', async ({ page }) => {
  await page.goto('/');
  await chooseWho(page, ['graduate']);
  await page.locator('section.question').first().getByRole('button', { name: '不清楚', exact: true }).click();
  await page.waitForTimeout(500);
  const before = await page.locator('[data-answered]').count();
  for (const hash of ['#r=AAAA', '#r=eyJmb28iOiJiYXIifQ']) {
    await page.goto(`/${hash}`);
    await expect(page.getByTestId('shared-refused')).toContainText('这个链接无法读取');
    await expect(page.locator('[data-answered]')).toHaveCount(before);
  }
  await expectNoAxeViolations(page, 'a refused link');
});

test('"这个结果不对？" saves a case file that `rules test --case` runs', async ({ page }) => {
  await page.goto('/');
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);
  const { FRESH_GRADUATE } = await import('./personas.ts');
  await runInterview(page, FRESH_GRADUATE.answers);
  const downloading = page.waitForEvent('download');
  // "这个结果不对？" sits at the end of the explanation, after the reasons it questions.
  await page.locator('[data-item="graduate-employment-subsidy"] summary').click();
  await page.locator('[data-item="graduate-employment-subsidy"]').getByTestId('report-wrong').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^hz-benefits-case-graduate-employment-subsidy-.*\.yaml$/);
  const file = join(mkdtempSync(join(tmpdir(), 'hz-case-')), 'case.yaml');
  await download.saveAs(file);
  const out = execFileSync('npx', ['tsx', 'src/cli/rules.ts', 'test', '--case', file], { cwd: ROOT, encoding: 'utf8' });
  expect(out).toContain('these rules give: eligible, 2000');
  expect(out).toContain('(same)');
});

/**
 * A service counter (?mode=counter): residents one after another on one PC. "下一位" and the idle wipe leave nothing of
 * the person on the device; no draft is resumed at start-up; a staff-named draft stays.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { EMPLOYER, GRADUATE, answerSome, answerUntil, chooseWho, expectNoAxeViolations, setAsOf } from './support.ts';
import { openDrafts, settle } from './drafts-support.ts';
import { dumpDevice } from './shared-device-support.ts';

test.describe.configure({ timeout: 120_000 });
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

async function openCounter(page: Page, query = '?mode=counter'): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('counter-bar')).toBeVisible();
}

/** Resident 1: a graduate, part of the way. */
async function graduate(page: Page): Promise<void> {
  await chooseWho(page, ['graduate']);
  await answerUntil(page, GRADUATE, 'months-insured-current-employer');
}

test('two residents in a row: after "下一位" nothing of either remains, unless staff named a draft', async ({ page }) => {
  await openCounter(page);
  await expect(page.getByTestId('counter-bar')).toContainText('柜台模式');
  await setAsOf(page, '2025-06-30');
  await graduate(page);
  await settle(page);
  await expectNoAxeViolations(page, 'counter mode, mid-interview');
  await page.screenshot({ path: `${SHOTS}1280-zh-7-counter.png` });

  // Unnamed answers would be lost: a confirm first.
  await page.getByTestId('next-person').click();
  const confirm = page.getByRole('dialog', { name: '为下一位服务？' });
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(page, 'counter mode, confirming next person');
  await confirm.getByRole('button', { name: '删除并接待下一位' }).click();
  await expect(page.getByTestId('counter-status')).toHaveText('已清除上一位的全部信息，可以接待下一位。');
  await expect(page.getByTestId('choose-first')).toBeVisible();
  await expect(page.locator('[data-answered]')).toHaveCount(0);
  await expect(page.locator('#as-of')).toHaveValue('2025-06-30'); // The date staff chose stays.
  await expect(page.getByTestId('drafts-link')).toHaveText('草稿');

  const afterFirst = await dumpDevice(page);
  expect(afterFirst.drafts).toEqual([]);
  expect(afterFirst.localStorage).toEqual({ 'hz-benefits:mode': 'counter' });
  expect(afterFirst.sessionStorage).toEqual({});
  // The cache holds the app's own files (workbox's revision tag their only query), nothing a person typed.
  for (const u of afterFirst.cacheUrls) expect([[...new URL(u).searchParams.keys()].join(), new URL(u).hash], u).toEqual([expect.stringMatching(/^(__WB_REVISION__)?$/), '']);
  console.log(`counter storage after "next person": ${JSON.stringify({ ...afterFirst, cacheText: `${afterFirst.cacheText.length} chars of app files` })}`);

  // Resident 2, an employer, whose draft staff save under a name before moving on.
  await chooseWho(page, ['employer']);
  await answerSome(page, EMPLOYER, 3);
  await settle(page);
  await openDrafts(page);
  await page.locator('li.draft').first().getByRole('button', { name: '重命名' }).click();
  await page.locator('li.draft input').fill('李四（窗口 3）');
  await page.locator('li.draft input').press('Enter');
  await page.getByTestId('next-person').click(); // Named: no confirm.
  await expect(page.getByTestId('counter-status')).toHaveText('已清除上一位的全部信息，可以接待下一位。');
  await expect(page.getByTestId('choose-first')).toBeVisible();

  const afterSecond = await dumpDevice(page);
  expect(afterSecond.drafts).toHaveLength(1);
  expect(afterSecond.drafts[0]).toMatchObject({ name: '李四（窗口 3）', audiences: ['employer'] });
  const all = JSON.stringify({ ...afterSecond, cacheText: undefined });
  for (const trace of ['is-college-graduate', 'graduate', 'months-insured']) expect(all).not.toContain(`"${trace}`);
  expect(afterSecond.cacheText).not.toContain('李四');
  expect(afterSecond.localStorage).toEqual({ 'hz-benefits:mode': 'counter' });
});

test('no draft is resumed at start-up at a counter, in this tab or a new one; the mode is remembered', async ({ page, context }) => {
  await openCounter(page);
  await setAsOf(page, '2025-06-30');
  await graduate(page);
  await page.reload();
  await expect(page.getByTestId('counter-bar')).toBeVisible(); // Remembered without ?mode=.
  await expect(page.getByTestId('choose-first')).toBeVisible();
  await expect(page.locator('[data-answered]')).toHaveCount(0);
  // Kept (nothing is lost), but only staff can open it, from the drafts page.
  await expect(page.getByTestId('drafts-link')).toHaveText('草稿（1）');
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByTestId('counter-bar')).toBeVisible();
  await expect(other.getByTestId('choose-first')).toBeVisible();
  // And it goes with the next person.
  await other.getByTestId('next-person').click();
  await expect(other.getByTestId('drafts-link')).toHaveText('草稿');
  await expect(page.getByTestId('drafts-link')).toHaveText('草稿');
  // ?mode=personal switches the device back: its own last draft resumes again.
  await page.goto('/?mode=personal');
  await expect(page.getByTestId('counter-bar')).toHaveCount(0);
});

test('idle for 10 minutes: a full-screen warning, a key cancels it; 60 s more and the person is wiped', async ({ page }) => {
  await page.clock.install();
  await openCounter(page);
  await setAsOf(page, '2025-06-30');
  await graduate(page);
  await settle(page);
  const answered = await page.locator('[data-answered]').count();

  await page.clock.fastForward('09:50');
  await expect(page.getByTestId('idle-warning')).not.toBeVisible();
  await page.clock.fastForward('00:11');
  const warning = page.getByRole('dialog', { name: '长时间没有操作' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('60 秒后将清除本次的全部回答');
  const box = await warning.boundingBox();
  expect(box && box.width >= 1280 - 1 && box.height >= 700).toBe(true); // Full screen.
  await expectNoAxeViolations(page, 'counter idle warning');
  await page.screenshot({ path: `${SHOTS}1280-zh-8-idle-warning.png` });
  await page.keyboard.press('Shift');
  await expect(warning).toBeHidden();
  await expect(page.locator('[data-answered]')).toHaveCount(answered);

  await page.clock.fastForward('10:01');
  await expect(warning).toBeVisible();
  await page.clock.fastForward('00:30');
  await expect(warning).toContainText(/[23]\d 秒后/);
  await page.clock.fastForward('00:31');
  await expect(warning).toBeHidden();
  await expect(page.getByTestId('choose-first')).toBeVisible();
  await expect(page.locator('[data-answered]')).toHaveCount(0);
  const dump = await dumpDevice(page);
  expect([dump.drafts, dump.localStorage]).toEqual([[], { 'hz-benefits:mode': 'counter' }]);
});

test('a counter page with nothing of a person on it shows no idle warning', async ({ page }) => {
  await page.clock.install();
  await openCounter(page);
  await page.clock.fastForward('25:00');
  await expect(page.getByTestId('idle-warning')).not.toBeVisible();
});

test('every field that holds personal data has autofill off', async ({ page }) => {
  await openCounter(page);
  await chooseWho(page, ['graduate']);
  await answerUntil(page, GRADUATE, 'graduation-date');
  for (const form of await page.locator('section.question form').all()) await expect(form).toHaveAttribute('autocomplete', 'off');
  const typed = page.locator('section.question input:not([type=radio]):not([type=checkbox])');
  expect(await typed.count()).toBeGreaterThan(0);
  for (const input of await typed.all()) await expect(input).toHaveAttribute('autocomplete', 'off');
  // A number field too, further on.
  await answerUntil(page, GRADUATE, 'months-insured-current-employer');
  await expect(page.locator('[data-fact="months-insured-current-employer"] input')).toHaveAttribute('autocomplete', 'off');
  await openDrafts(page);
  await page.locator('li.draft').first().getByRole('button', { name: '重命名' }).click();
  await expect(page.locator('li.draft input')).toHaveAttribute('autocomplete', 'off');
  await expect(page.locator('li.draft form')).toHaveAttribute('autocomplete', 'off');
});

for (const [width, lang] of [[360, 'zh'], [1366, 'en']] as const) {
  test(`counter bar and its confirm at ${width}px in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openCounter(page);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await chooseWho(page, ['graduate']);
    await answerSome(page, GRADUATE, 2, lang);
    // The bar stays in view when the page is scrolled.
    await page.evaluate(() => scrollTo(0, 600));
    await expect(page.getByTestId('next-person')).toBeInViewport();
    const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(scroll).toBeLessThanOrEqual(inner);
    await page.screenshot({ path: `${SHOTS}${width}-${lang}-7-counter-scrolled.png` });
    await page.getByTestId('next-person').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, `counter confirm at ${width}px in ${lang}`);
    await page.screenshot({ path: `${SHOTS}${width}-${lang}-7-counter-confirm.png` });
  });
}

/** Going back, changing an answer, and typing something impossible: results follow at once, typed text is kept. */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { GRADUATE, LABELS, answerUntil, card, chooseWho, currentFact, fillCurrent, openApp, runInterview, setAsOf } from './support.ts';

const zh = LABELS.zh;

test('Back reopens the last question with its answer; changing it changes the result', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);

  await answerUntil(page, GRADUATE, 'is-college-graduate');
  await fillCurrent(page, true);
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();
  expect(await currentFact(page)).not.toBe('is-college-graduate');
  const subsidy = page.locator('[data-item="graduate-employment-subsidy"]');
  await expect(subsidy).toHaveAttribute('data-status', 'needs-info');

  await card(page).getByRole('button', { name: zh.back, exact: true }).click();
  const q = page.locator('[data-fact="is-college-graduate"]');
  await expect(q).toBeVisible();
  await expect(q.getByRole('radio', { name: zh.yes, exact: true })).toBeChecked();
  await expect(q).toContainText('你回到了上一题');
  await expect(page.locator('[data-answered="is-college-graduate"]')).toHaveCount(0);

  await q.getByRole('radio', { name: zh.no, exact: true }).check();
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();
  await expect(subsidy).toHaveAttribute('data-status', 'not-eligible');
  await expect(page.locator('[data-group="not-eligible"]')).toContainText('高校毕业生就业补贴');
  await expect(subsidy.locator('.reasons')).toContainText('属于高校毕业生');
});

test('Edit reopens an answered question and the amount follows the new answer', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2026-06-30');
  await chooseWho(page, ['graduate']);
  await runInterview(page, { ...GRADUATE, 'employment-subsidy-approved-before': false });
  const subsidy = page.locator('[data-item="graduate-employment-subsidy"]');
  await expect(subsidy.getByTestId('amount')).toHaveText('累计 2,000 元');

  await page.getByRole('button', { name: '修改：现单位为你连续缴纳社会保险费的月数' }).click();
  const q = page.locator('[data-fact="months-insured-current-employer"]');
  await expect(q).toContainText('你正在修改这一题的回答');
  await expect(q.locator('input')).toHaveValue('12');
  // Focus moves to the question's heading, so a screen reader announces which question reopened.
  await expect(q.locator('[data-focus-target]')).toBeFocused();
  await q.locator('input').fill('24');
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();
  await expect(subsidy.getByTestId('amount')).toHaveText('累计 4,000 元');
  await expect(page.locator('[data-answered="months-insured-current-employer"]')).toContainText('24 个月');

  await page.getByRole('button', { name: '修改：现单位为你连续缴纳社会保险费的月数' }).click();
  await q.locator('input').fill('11');
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();
  await expect(subsidy).toHaveAttribute('data-status', 'not-eligible');
  await expect(subsidy.locator('.reasons')).toContainText('在同一单位连续缴纳社保满12个月');
});

test('an impossible number is refused next to the field, and the typed text stays', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);
  await answerUntil(page, GRADUATE, 'si-contribution-base');
  const q = page.locator('[data-fact="si-contribution-base"]');
  const input = q.getByLabel('你的个人社保月缴费基数');

  await input.fill('-5');
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();
  await expect(q.getByTestId('field-error')).toContainText('不能小于 0');
  await expect(input).toHaveValue('-5');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toBeFocused();
  await expect(page.locator('[data-answered="si-contribution-base"]')).toHaveCount(0);
  await q.screenshot({ path: fileURLToPath(new URL('../../test-results/screenshots/number-error.png', import.meta.url)) });

  await input.fill('六千');
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();
  await expect(q.getByTestId('field-error')).toContainText('请输入数字');
  await expect(input).toHaveValue('六千');

  await input.fill('6,000');
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();
  await expect(q).toHaveCount(0);
  await expect(page.locator('[data-answered="si-contribution-base"]')).toContainText('6,000 元/月');
});

test('an empty date and an empty choice are refused in words; a bad evaluation date keeps the last good one', async ({ page }) => {
  await openApp(page);
  // The evaluation date starts at today (the browser runs in China time) and the rules version is shown.
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  await expect(page.locator('#as-of')).toHaveValue(today);
  await expect(page.getByTestId('rules-version')).toHaveText(/^规则版本 \d{4}\.\d{1,2}\.\d+ · 校验码 [0-9a-f]{12} · 关于这些规则$/);
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);
  // The gate first: "a graduate?" before the graduation date.
  await answerUntil(page, GRADUATE, 'is-college-graduate');
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();
  await expect(page.locator('[data-fact="is-college-graduate"]').getByTestId('field-error')).toContainText('请选择一项');
  await fillCurrent(page, true);
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();

  await answerUntil(page, {}, 'graduation-date');
  const q = page.locator('[data-fact="graduation-date"]');
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();
  await expect(q.getByTestId('field-error')).toContainText('请输入完整、有效的日期');
  await q.locator('input').fill('1899-12-31');
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();
  await expect(q.getByTestId('field-error')).toContainText('不是有效的日期');
  await expect(q.locator('input')).toHaveValue('1899-12-31');

  await page.locator('#as-of').fill('');
  await page.locator('#as-of').blur();
  await expect(page.locator('.as-of')).toContainText('请输入完整、有效的日期');
  await expect(page.locator('.results')).toContainText('按 2025-06-30 有效的政策计算');
});

test('ticking no box is the answer "none of these apply", and ticking one later changes the result', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2025-08-20');
  await chooseWho(page, ['graduate']);
  // Graduating in 2026: the claim window is 08-15 to 09-15 of 2025, which 2025-08-20 falls in.
  const student = { 'graduating-student-hz': true, 'graduation-date': '2026-06-30', 'directed-training': false, 'household-income-status': 'none', 'disability-certificate': false };
  await answerUntil(page, student, 'student-hardship');
  const q = page.locator('[data-fact="student-hardship"]');
  await expect(q).toContainText('都不适用就什么也不勾选');
  await expect(q.getByRole('checkbox')).toHaveCount(4);
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();
  await expect(page.locator('[data-answered="student-hardship"]')).toContainText('（无）');
  await runInterview(page, student);
  const item = page.locator('[data-item="job-search-startup-subsidy"]');
  await expect(item).toHaveAttribute('data-status', 'not-eligible');

  await page.getByRole('button', { name: /^修改：以下哪些情况适用于你/ }).click();
  await q.getByRole('checkbox', { name: '在学期间获得国家助学贷款' }).check();
  await card(page).getByRole('button', { name: zh.next, exact: true }).click();
  // The item is open again, so the questions it no longer needed come back.
  await runInterview(page, student);
  await expect(item).toHaveAttribute('data-status', 'eligible');
  await expect(item.getByTestId('amount')).toHaveText('一次性 3,000 元');
});

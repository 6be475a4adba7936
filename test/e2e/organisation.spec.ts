/** An employer that hired a person with employment difficulties learns it is refunded what it pays each month. */
import { expect, test } from '@playwright/test';
import { EMPLOYER, LABELS, card, chooseWho, fillCurrent, openApp, runInterview, setAsOf } from './support.ts';

test('an enterprise paying 1,200 yuan a month for a hard-to-employ hire gets 1,200 yuan a month', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2025-05-01');
  await chooseWho(page, ['employer']);

  const asked = await runInterview(page, EMPLOYER);
  // Only organisation questions are asked.
  expect(asked).toContain('employee-si-three-monthly');
  expect(asked).not.toContain('is-college-graduate');

  const item = page.locator('[data-group="eligible"] [data-item="employer-hire-hard-to-employ"]');
  await expect(item).toHaveAttribute('data-status', 'eligible');
  await expect(item.getByRole('heading', { name: '用人单位招用就业困难人员社保补贴' })).toBeVisible();
  await expect(item.getByTestId('amount')).toHaveText('每月 1,200 元');
  await item.locator('summary').click();
  await expect(item.locator('.breakdown')).toContainText('实际缴纳的社会保险三费：1,200 元');
  // Person items are hidden from an organisation.
  await expect(page.locator('[data-item="graduate-employment-subsidy"]')).toHaveCount(0);
});

test('before 2023-02-01 the old flat rate applies: a range until the hire\'s sex and age are known', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2022-12-15');
  await chooseWho(page, ['employer']);
  const asked = await runInterview(page, EMPLOYER);
  expect(asked).toEqual(expect.arrayContaining(['employee-sex', 'employee-birth-date']));
  const item = page.locator('[data-item="employer-hire-hard-to-employ"]');
  await expect(item).toHaveAttribute('data-status', 'eligible');
  await expect(item.getByTestId('amount')).toHaveText('每月 600–800 元');

  // "Don't know" answers can be changed later; the range narrows to the old rate for a woman aged 46.
  await page.getByRole('button', { name: '修改：所问人员的性别' }).click();
  await fillCurrent(page, 'female');
  await card(page).getByRole('button', { name: LABELS.zh.next, exact: true }).click();
  await page.getByRole('button', { name: '修改：所问人员的出生日期' }).click();
  await fillCurrent(page, '1976-06-01');
  await card(page).getByRole('button', { name: LABELS.zh.next, exact: true }).click();
  await expect(item.getByTestId('amount')).toHaveText('每月 800 元');
  await expect(page.locator('[data-answered="employee-sex"]')).toContainText('女');
});

/** A fresh graduate answers one question at a time and learns she can claim the graduate employment subsidy. */
import { expect, test } from '@playwright/test';
import { GRADUATE, chooseWho, interviewAs, openApp, runInterview, setAsOf } from './support.ts';
import { FOUNDER_EMPLOYER, UNEMPLOYED_WOMAN } from './personas.ts';

test('a graduate of 2024 hired by a 50-person Hangzhou firm can claim 2,000 yuan, and sees why other items fail', async ({ page }) => {
  const outside = await openApp(page);
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);

  const asked = await runInterview(page, GRADUATE);
  // Every persona fact that matters was asked, and the interview ended.
  expect(asked).toEqual(expect.arrayContaining(['is-college-graduate', 'graduation-date', 'months-insured-current-employer', 'si-contribution-base']));
  await expect(page.getByTestId('done')).toBeVisible();
  await expect(page.getByTestId('progress')).toContainText(`已回答 ${asked.length} 题；没有会影响结果的问题了`);

  // 可以申请: the graduate employment subsidy, 2,000 yuan accrued.
  const eligible = page.locator('[data-group="eligible"]');
  await expect(eligible.getByRole('heading', { name: /可以申请/ })).toBeVisible();
  const subsidy = eligible.locator('[data-item="graduate-employment-subsidy"]');
  await expect(subsidy).toHaveAttribute('data-status', 'eligible');
  await expect(subsidy.getByRole('heading', { name: '高校毕业生就业补贴' })).toBeVisible();
  await expect(subsidy.getByTestId('amount')).toHaveText('累计 2,000 元');
  await expect(subsidy).toContainText('官方现行文件');
  // Its explanation: every condition met, each with its citation, and the amount worked out.
  await subsidy.locator('summary').click();
  const top = subsidy.locator('ul.conditions.root > li.cond');
  await expect(top).toHaveCount(9);
  for (const li of await top.all()) {
    await expect(li).toHaveAttribute('data-value', 'true');
    await expect(li.locator(':scope > .cond-head')).toContainText('✓');
  }
  const headcount = top.filter({ hasText: '企业职工人数在1000人以下' });
  await expect(headcount).toContainText('回答：50 人');
  // Sources by their titles, never by the research's ids (S8…).
  await expect(headcount.locator('.cite')).toContainText('萧山区人社局 办事说明：高校毕业生就业补贴');
  await expect(headcount.locator('.cite')).not.toContainText('S8');
  await expect(headcount.locator('.cite .quote')).toContainText('1000人以下企业');
  await expect(headcount.locator('.note')).toContainText('民法典第1259条');
  await expect(subsidy.locator('.item-sources')).toContainText('萧山区人社局');
  await expect(subsidy.locator('.breakdown')).toContainText('每满 12 个月计 2,000 元，最多 3 次：12 个月 → 1 × 2,000 = 2,000 元');
  // The claim period is a rule too: the window's line says when it closes.
  await expect(subsidy).toContainText('申请时间');

  // 暂不符合: she is not a flexible worker, so that subsidy fails with a ✗ reason, in short and in the details.
  const flexible = page.locator('[data-group="not-eligible"] [data-item="graduate-flexible-employment-social-insurance"]');
  await expect(flexible).toHaveAttribute('data-status', 'not-eligible');
  await expect(flexible.locator('.reasons')).toContainText('✗');
  await expect(flexible.locator('.reasons')).toContainText('在杭州市从事灵活就业并办理了灵活就业登记');
  await flexible.locator('summary').click();
  const failed = flexible.locator('li.cond[data-value="false"]').filter({ hasText: '灵活就业登记' }).last();
  await expect(failed).toContainText('✗');
  await expect(failed).toContainText('回答：否');
  await expect(failed.locator('.cite')).toContainText('杭州高校毕业生灵活就业社保补贴（杭州就业公众号转载）');
  // Its figure's basis in words: the period it rests on, how sure the wage figure is and its source by title (never
  // "secondary" or "P20").
  const basis = flexible.locator('.breakdown');
  await expect(basis).toContainText('依据：杭人社发〔2023〕7号的标准（2023-02-01 起）');
  await expect(basis).toContainText('8,433 元/月（2025-01-01 起，转载；来源：《关于公布2025年社会保险有关基数的通知》要点');
  await expect(basis).not.toContainText(/secondary|P20|…/);

  // The supports without an amount, folded; unfolded, their words come (loaded then): what, where, and the basis by title.
  const support = page.getByTestId('other-support');
  await support.locator('summary').click();
  const counter = support.locator('[data-entry="public-employment-services"]');
  await expect(counter.getByRole('heading', { name: '公共就业服务' })).toBeVisible();
  await expect(counter).toContainText('所在街道（乡镇）公共就业服务机构窗口');
  await expect(counter.locator('.service-basis')).toContainText('强化公共就业创业服务');

  // Items for organisations are not shown to a person.
  await expect(page.locator('[data-item="employer-hire-hard-to-employ"], [data-item="smb-hire-graduate-social-insurance"]')).toHaveCount(0);

  // The answers are listed in words.
  await expect(page.locator('[data-answered="graduation-date"]')).toContainText(String(GRADUATE['graduation-date']));
  await expect(page.locator('[data-answered="employer-headcount"]')).toContainText('50 人');
  await expect(page.locator('[data-answered="registered-unemployed"]')).toContainText('否');
  // Issue 13: nothing she cannot answer is asked any more (hardship groups used to be, and got 不清楚).
  await expect(page.locator('[data-answered="student-hardship"]')).toHaveCount(0);

  expect(outside).toEqual([]);
});

test('the same interview in English names the subsidy in English and keeps the amount', async ({ page }) => {
  const outside = await openApp(page, 'en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await setAsOf(page, '2025-06-30');
  await chooseWho(page, ['graduate']);

  await runInterview(page, GRADUATE, 'en');
  await expect(page.getByTestId('done')).toContainText('No more questions');

  const eligible = page.locator('[data-group="eligible"]');
  await expect(eligible.getByRole('heading', { name: /You can apply/ })).toBeVisible();
  const subsidy = eligible.locator('[data-item="graduate-employment-subsidy"]');
  await expect(subsidy.getByRole('heading', { name: 'Employment subsidy for college graduates' })).toBeVisible();
  await expect(subsidy.getByTestId('amount')).toHaveText('CNY 2,000 in total');
  const reasons = page.locator('[data-group="not-eligible"] [data-item="graduate-flexible-employment-social-insurance"] .reasons');
  await expect(reasons).toContainText('✗');
  // What a screen reader says for each mark, in English with an English colon.
  expect(await reasons.locator('.visually-hidden').first().textContent()).toBe('not met: ');
  await subsidy.locator('summary').click();
  expect(await subsidy.locator('li.cond .visually-hidden').first().textContent()).toBe('met: ');

  // Switching back to Chinese keeps every answer and result.
  await page.getByRole('button', { name: '中文' }).click();
  await expect(subsidy.getByTestId('amount')).toHaveText('累计 2,000 元');
  await expect(page.getByTestId('done')).toBeVisible();
  expect(outside).toEqual([]);
});

test('on a phone: choosing who folds the list and focuses the first question; the results fit three screens', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openApp(page);
  await setAsOf(page, '2025-06-30');
  // Before anyone is chosen, the results column says what it will hold, not that nothing applies.
  await expect(page.getByTestId('no-results')).toHaveText('选好谁来申请后，这里会列出可以申请、还需确认和暂不符合的补贴。');
  await chooseWho(page, ['graduate']);
  await expect(page.getByTestId('no-results')).toHaveCount(0);
  await expect(page.locator('.who.folded')).toBeVisible();
  await expect(page.locator('section.question [data-focus-target]').first()).toBeFocused();

  await runInterview(page, GRADUATE);
  const subsidy = page.locator('[data-group="eligible"] [data-item="graduate-employment-subsidy"]');
  // The card starts with what a resident acts on: the amount, when, where and how, and how many documents.
  await expect(subsidy.getByTestId('amount')).toHaveText('累计 2,000 元');
  await expect(subsidy.getByTestId('window-state')).toContainText('2026-12-31 截止');
  await expect(subsidy.getByTestId('apply-where')).toContainText('浙里办');
  await expect(subsidy.getByTestId('materials-count')).toContainText('带 3 份');
  // Issue 13: before any explanation is opened, the whole results column is at most three 780 px screens.
  const height = await page.locator('.results').evaluate((e) => (e as HTMLElement).offsetHeight);
  expect(height).toBeLessThanOrEqual(3 * 780);
});

test("a part of an explanation that is not needed, or a source's article its title already says, is said once", async ({ page }) => {
  await interviewAs(page, UNEMPLOYED_WOMAN);
  const card = page.locator('[data-item="hard-to-employ-recognition"]');
  await card.locator('summary').click();
  const moot = card.locator('li.cond[data-value="moot"]');
  await expect(moot.first()).toBeVisible();
  // textContent is what a screen reader reads (the visually hidden words included).
  for (const text of await moot.evaluateAll((els) => els.map((e) => e.textContent ?? ''))) expect(text.split('无需确认').length - 1, text).toBe(1);
  // Nor is a source's article said again when its title says it.
  const sources = (await card.locator('.item-sources').textContent()) ?? '';
  expect(sources.split('哪些人员可以认定为就业困难人员').length - 1, sources).toBe(1);
});

test('what an item may be combined with, and within what, in Chinese brackets', async ({ page }) => {
  await interviewAs(page, FOUNDER_EMPLOYER);
  const card = page.locator('[data-item="smb-hire-graduate-social-insurance"]');
  await card.locator('summary').click();
  await expect(card.locator('ul.stacking li').first()).toContainText('可以与「高校毕业生就业补贴」同时享受（同一名毕业生）');
});

/**
 * "About these rules": generated from the same ruleset the engine runs, so every item, parameter and source the
 * policy files hold must appear, with its confidence; and it must be reachable from the calculator and back.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { loadPolicies } from '../../src/build/load-policies.ts';
import { expectNoAxeViolations, openApp } from './support.ts';

const ruleset = loadPolicies(fileURLToPath(new URL('../../policies', import.meta.url)));
const DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

test('the header links to the page, which lists every item, parameter and source, and links back', async ({ page }) => {
  await openApp(page, 'zh');
  await page.getByRole('link', { name: '关于这些规则' }).click();
  await expect(page).toHaveURL(/#about$/);
  await expect(page.getByRole('heading', { level: 2, name: '关于这些规则' })).toBeFocused();
  await expect(page.getByTestId('about-version')).toHaveText(ruleset.version);

  const shown = await page.locator('.about-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
  expect(shown.sort()).toEqual(ruleset.items.map((i) => i.id).sort());
  for (const id of Object.keys(ruleset.parameters)) await expect(page.locator(`[data-param="${id}"]`)).toBeVisible();
  // The source list is folded, its summary counting the sources; unfolded, it lists each with its date (loaded then).
  const sources = page.locator('details.about-sources');
  await expect(sources.locator('summary')).toHaveText(`查看全部 ${Object.keys(ruleset.sources).length} 份来源`);
  await expect(page.locator('[id^="source-"]')).toHaveCount(0);
  await sources.locator('summary').click();
  for (const id of Object.keys(ruleset.sources)) await expect(page.locator(`[id="source-${id}"]`)).toBeVisible();
  const dated = Object.values(ruleset.sources).find((s) => s.date)!;
  await expect(page.locator(`[id="source-${dated.id}"]`)).toContainText(dated.date!);

  // The counts by confidence add up to the number of items.
  const counts = await page.locator('[data-confidence]').allTextContents();
  expect(counts.reduce((n, t) => n + Number(/(\d+) 个事项/.exec(t)![1]), 0)).toBe(ruleset.items.length);

  // An item whose amount is unknown says so, with its citation and sources, when opened.
  const item = page.locator('[data-item="startup-one-time-subsidy"]');
  await item.locator('summary').click();
  await expect(item).toContainText('由经办部门核定');
  await expect(item).toContainText('未公开');
  await expect(item).toContainText('杭州市人民政府关于推进高质量就业的实施意见》起草说明');
  // In Chinese words only: no item id, and the amount's kind with its basis in Chinese brackets.
  const opened = page.locator('[data-item="graduate-startup-priority-sectors"]');
  await opened.locator('summary').click();
  await expect(opened).toContainText('申请人：个人');
  await expect(opened).toContainText('有计算公式（每年）');
  expect(await opened.innerText()).not.toMatch(/[a-z]+-[a-z]+/);

  // The minimum wage by district: the city figure and the counties' unknown one.
  const wage = page.locator('[data-param="hz-minimum-wage-monthly"]');
  await expect(wage.getByRole('row', { name: /2024-01-01 上城区.*2,490/ })).toBeVisible();
  await expect(wage.getByRole('row', { name: /2024-01-01 桐庐县、淳安县、建德市 未知（以当地公布为准）/ })).toBeVisible();

  await page.getByRole('link', { name: '← 返回计算器' }).click();
  await expect(page.locator('.layout')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: '关于这些规则' })).toBeVisible();
});

test('opened directly in English, at a phone and a laptop width, without sideways scrolling', async ({ page }) => {
  for (const width of [360, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./#about');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'About these rules' })).toBeVisible();
    const wage = page.locator('[data-param="hz-minimum-wage-monthly"]');
    await expect(wage).toContainText('Unknown (as published locally)');
    // Every column readable without scrolling the table sideways (a phone shows each row as a block of labelled lines),
    // and still a table's rows to a screen reader.
    expect(await wage.locator('.table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth), `table at ${width}px`).toBeLessThanOrEqual(0);
    await expect(wage.getByRole('row', { name: /^2024-01-01 Shangcheng District.* 2,490 reprint / })).toBeVisible();
    await page.locator('[data-item="graduate-employment-subsidy"] summary').click();
    const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(scroll).toBeLessThanOrEqual(inner);
    await page.screenshot({ path: `${DIR}${width}-en-about.png`, fullPage: true });
    // axe (WCAG 2.2 AA) over the whole page, an entry and the source list unfolded, in either layout of the tables.
    // (Still open from the first width: going to the same address does not reload the page.)
    const sources = page.locator('details.about-sources');
    if (!(await sources.evaluate((d) => (d as HTMLDetailsElement).open))) await sources.locator('summary').click();
    await expect(page.locator('[id^="source-"]').first()).toBeVisible();
    await expectNoAxeViolations(page, `About at ${width}px in English`);
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '关于这些规则' })).toBeVisible();
    await expectNoAxeViolations(page, `About at ${width}px in Chinese`);
    await page.screenshot({ path: `${DIR}${width}-zh-about.png`, fullPage: false });
  }
});

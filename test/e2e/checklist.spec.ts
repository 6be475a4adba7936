/**
 * The printable application checklist: chosen from the results, shown on screen, and printed to an A4 PDF whose text
 * (read back with poppler's pdftotext) holds the items, documents, office and rules version. The PDF pages are also
 * rendered to PNG (pdftoppm) for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { EMPLOYER, GRADUATE, chooseWho, expectNoAxeViolations, openApp, runInterview, setAsOf, type Lang, type Persona } from './support.ts';

const DIR = fileURLToPath(new URL('../../test-results/checklist/', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

// An interview, prints to PDF and axe scans: more than the default minute on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

/** Runs a persona's interview, opens the checklist from the results and waits for its heading to take focus. */
async function openChecklist(page: Page, lang: Lang, asOf: string, audiences: string[], persona: Persona): Promise<string[]> {
  const outside = await openApp(page, lang);
  await setAsOf(page, asOf);
  await chooseWho(page, audiences);
  await runInterview(page, persona, lang);
  await page.getByTestId('open-checklist').click();
  await expect(page).toHaveURL(/#checklist$/);
  await expect(page.locator('.checklist-page h2[data-focus-target]')).toBeFocused();
  return outside;
}

/** Prints the page to an A4 PDF, renders its pages as PNG and returns the PDF's text (layout kept). */
async function printToText(page: Page, name: string): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const pdf = `${DIR}${name}.pdf`;
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4', path: pdf, preferCSSPageSize: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${DIR}${name}`]);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/** The checklist screen at a small phone and a laptop, for a person to look at; nothing may overflow sideways. */
async function screenshots(page: Page, lang: Lang): Promise<void> {
  for (const width of [360, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(scroll, `the checklist is wider than a ${width}px window`).toBeLessThanOrEqual(inner);
    await page.screenshot({ path: `${SHOTS}${width}-${lang}-checklist.png`, fullPage: true });
  }
}

/** pdftotext may break a long text over lines and pad columns: compare with all white space removed. */
const squash = (s: string) => s.replace(/\s+/g, '');

test('a graduate prints a checklist with her subsidy, its amount, documents, office and the rules version', async ({ page }) => {
  // A graduate who may start a business (so the founder's items are open) and does not know her employer's sector.
  const { 'employer-priority-sector': _unknown, ...answers } = GRADUATE;
  const outside = await openChecklist(page, 'zh', '2025-06-30', ['graduate', 'founder'], answers);
  const version = (await page.getByTestId('rules-version').textContent())!.match(/规则版本 (\S+)/)![1]!;

  // On screen: the eligible subsidy is ticked by default, the open items are offered unticked.
  const subsidyBox = page.getByRole('checkbox', { name: /高校毕业生就业补贴/ });
  await expect(subsidyBox).toBeChecked();
  const loanBox = page.getByRole('checkbox', { name: /^个人创业担保贷款/ });
  await expect(loanBox).not.toBeChecked();
  const sheet = page.getByTestId('checklist-sheet');
  const block = sheet.locator('[data-item="graduate-employment-subsidy"]');
  await expect(block.getByRole('heading')).toHaveText('1. 高校毕业生就业补贴');
  await expect(block.getByTestId('sheet-amount')).toContainText('累计 2,000 元');
  await expect(block).toContainText('人力社保经办机构');
  await expect(block).toContainText('浙里办');
  // How sure, the item's and then the amount's own: one list, one label.
  await expect(block).toContainText('推算、金额依据：官方现行文件');
  await expect(sheet.getByTestId('sheet-meta')).toContainText(`规则版本 ${version}`);
  await expect(sheet.locator('[data-document="degree-certificate"]')).toContainText('1 项（第 1 项）');
  await expect(sheet.locator('[data-answer="graduation-date"]')).toContainText(String(GRADUATE['graduation-date']));
  await expect(sheet.getByTestId('stamp')).toContainText('经办窗口盖章');
  await expectNoAxeViolations(page, 'the checklist (zh)');
  await screenshots(page, 'zh');

  // Adding two open items puts them on the sheet, marked as still to be confirmed; the document both need is listed
  // once, counted twice.
  const oneTimeBox = page.getByRole('checkbox', { name: /^一次性创业补贴/ });
  await loanBox.check();
  await oneTimeBox.check();
  await expect(sheet.locator('[data-item="startup-guarantee-loan-individual"] h4')).toHaveText('2. 个人创业担保贷款及贴息（还需确认）');
  await expect(sheet.locator('[data-item="startup-one-time-subsidy"] h4')).toHaveText('3. 一次性创业补贴（还需确认）');
  await expect(sheet.locator('[data-document="key-group-identity-proof"]')).toHaveCount(1);
  await expect(sheet.locator('[data-document="key-group-identity-proof"] [data-testid="doc-count"]')).toHaveText('2 项（第 2、3 项）');
  // The most-needed document comes first.
  await expect(sheet.locator('[data-document]').first()).toHaveAttribute('data-document', 'key-group-identity-proof');
  // What they read includes questions answered "don't know", listed as such for the counter to settle.
  await expect(sheet.locator('[data-answer]').filter({ hasText: '不清楚' }).first()).toBeVisible();
  await printToText(page, 'graduate-zh-three-items');
  await page.emulateMedia({ media: 'screen' });
  await loanBox.uncheck();
  await oneTimeBox.uncheck();
  await expect(sheet.locator('[data-item="startup-guarantee-loan-individual"], [data-item="startup-one-time-subsidy"]')).toHaveCount(0);

  // Two items that cannot be combined: the sheet says so, naming both by their numbers.
  const rivalBox = page.getByRole('checkbox', { name: /高校毕业生到养老/ });
  await rivalBox.check();
  await expect(sheet.getByTestId('sheet-conflicts')).toContainText('1. 高校毕业生就业补贴、2. 高校毕业生到养老');
  await expect(sheet.getByTestId('sheet-conflicts')).toContainText('不能同时享受，需选择其一');
  await rivalBox.uncheck();
  await expect(sheet.getByTestId('sheet-conflicts')).toHaveCount(0);

  // The Print button asks the browser to print (stubbed: a headless print dialog would do nothing visible).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  const text = squash(await printToText(page, 'graduate-zh'));
  for (const expected of ['就业创业补贴申请清单', '高校毕业生就业补贴', '累计2,000元', '高校毕业生就业补贴申请表', '学历证明', '浙里办', '浙江政务服务网', '经办窗口', '人力社保经办机构', `规则版本${version}`, '2025-06-30', '计算依据的回答', '经办窗口盖章']) {
    expect(text, `the PDF text holds ${expected}`).toContain(expected);
  }
  // Print hides the app's chrome: no header, no tick boxes, no buttons.
  for (const absent of ['大字模式', '列入清单的事项', '返回结果', '个人创业担保贷款']) expect(text).not.toContain(absent);

  // Back returns to the results with every answer kept.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: '← 返回结果' }).click();
  await expect(page.getByTestId('done')).toBeVisible();
  expect(outside).toEqual([]);
});

test('the English checklist prints in English, with the counter’s box named in both languages', async ({ page }) => {
  await openChecklist(page, 'en', '2025-06-30', ['graduate'], GRADUATE);
  const sheet = page.getByTestId('checklist-sheet');
  await expect(sheet.locator('[data-item="graduate-employment-subsidy"] [data-testid="sheet-amount"]')).toContainText('CNY 2,000 in total');
  await expect(sheet.locator('[data-item="graduate-employment-subsidy"]')).toContainText('estimate; amount based on: current official document');
  await expectNoAxeViolations(page, 'the checklist (en)');
  await screenshots(page, 'en');
  const text = squash(await printToText(page, 'graduate-en'));
  for (const expected of ['Employmentsubsidyforcollegegraduates', 'CNY2,000intotal', 'Applicationformforthegraduateemploymentsubsidy', 'Zhelibanapp', 'ZhejiangGovernmentServiceNetwork', 'Counterstamp(经办窗口盖章)', 'Rulesinforceon2025-06-30']) {
    expect(text, `the PDF text holds ${expected}`).toContain(expected);
  }
});

test('an employer’s checklist says the office and documents must be asked for, where the rules do not know them', async ({ page }) => {
  await openChecklist(page, 'zh', '2025-05-01', ['employer'], EMPLOYER);
  const block = page.getByTestId('checklist-sheet').locator('[data-item="employer-hire-hard-to-employ"]');
  await expect(block.getByTestId('sheet-amount')).toContainText('每月 1,200 元');
  await expect(block).toContainText('经办机构未能从公开来源核实，请咨询所在区、县（市）人力社保部门');
  await expectNoAxeViolations(page, 'the checklist (employer)');
  const text = squash(await printToText(page, 'employer-zh'));
  for (const expected of ['用人单位招用就业困难人员社保补贴', '每月1,200元', '请咨询所在区、县（市）人力社保部门', '材料清单未能从公开来源核实', '经办窗口盖章']) {
    expect(text, `the PDF text holds ${expected}`).toContain(expected);
  }
});

test('opened from a bookmark before any answer, the checklist says to answer first and prints no empty sheet', async ({ page }) => {
  await page.goto('/#checklist');
  await expect(page.getByRole('heading', { name: '打印申请清单' })).toBeVisible();
  await expect(page.getByTestId('checklist-none')).toBeVisible();
  await expect(page.getByTestId('checklist-sheet')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the empty checklist');
  await page.getByRole('link', { name: '← 返回结果' }).click();
  await expect(page.locator('input[name="audience"]').first()).toBeVisible();
});

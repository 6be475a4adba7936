/** Helpers for the drafts and offline tests: what the page shows of an interview, and the drafts page. */
import { expect, type Page } from '@playwright/test';

/** The interview as the page shows it: each answer in words and each item's status and amount. */
export async function shown(page: Page): Promise<{ asOf: string; answered: string[]; results: string[] }> {
  await expect(page.locator('.results')).toBeVisible();
  return {
    asOf: await page.locator('#as-of').inputValue(),
    answered: await page.locator('[data-answered]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-answered')}: ${e.querySelector('.answer-v')?.textContent}`)),
    results: await page
      .locator('[data-item]')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-item')}: ${e.getAttribute('data-status')} ${e.querySelector('[data-testid="amount"]')?.textContent}`)),
  };
}

/** Waits until the page shows exactly this interview (a resumed draft arrives a moment after the first paint). */
export async function expectShown(page: Page, want: Awaited<ReturnType<typeof shown>>): Promise<void> {
  await expect(page.locator('[data-answered]')).toHaveCount(want.answered.length);
  expect(await shown(page)).toEqual(want);
}

/** Opens the drafts page from the header link. */
export async function openDrafts(page: Page): Promise<void> {
  await page.getByTestId('drafts-link').click();
  await expect(page.getByRole('heading', { level: 2, name: /草稿|Drafts/ })).toBeFocused();
}

/** A draft's row on the drafts page, by its shown name. */
export function row(page: Page, name: string | RegExp) {
  return page.locator('li.draft').filter({ has: page.getByRole('heading', { level: 3, name }) });
}

/** Waits until the autosave has written the interview (debounced by a fraction of a second). */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(700);
}

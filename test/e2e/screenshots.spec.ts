/**
 * Screenshots at a small phone (360 px) and a laptop (1366 px), in both languages, for a person to look at;
 * and the one layout rule a machine can check: nothing may overflow sideways.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { GRADUATE, LABELS, card, chooseWho, openApp, runInterview, setAsOf, type Lang } from './support.ts';

const DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

async function noSidewaysScroll(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, 'page is wider than the window').toBeLessThanOrEqual(width);
}

for (const width of [360, 1366]) {
  for (const lang of ['zh', 'en'] as Lang[]) {
    test(`at ${width}px in ${lang}: question, error and results fit the screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 800 ? 780 : 900 });
      await openApp(page, lang);
      await setAsOf(page, '2025-06-30');
      await chooseWho(page, ['graduate']);
      await noSidewaysScroll(page);
      await page.screenshot({ path: `${DIR}${width}-${lang}-1-question.png`, fullPage: true });

      // A refused answer, with its message next to the field.
      await card(page).getByRole('button', { name: LABELS[lang].next, exact: true }).click();
      await expect(page.getByTestId('field-error')).toBeVisible();
      await card(page).screenshot({ path: `${DIR}${width}-${lang}-2-error.png` });

      await runInterview(page, GRADUATE, lang);
      for (const id of ['graduate-employment-subsidy', 'graduate-flexible-employment-social-insurance']) {
        await page.locator(`[data-item="${id}"] summary`).click();
      }
      await noSidewaysScroll(page);
      await page.screenshot({ path: `${DIR}${width}-${lang}-3-results.png`, fullPage: true });
    });
  }
}

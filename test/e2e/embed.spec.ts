/**
 * Embedded in the city's website: the example host page (dist/embed.html) on another site (127.0.0.1) frames the app
 * (localhost). The frame's height follows the content; the host page never scrolls under the resident; storage that
 * the frame may not use is named as such; a sandbox without allow-same-origin gets words, not a blank frame.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support.ts';

test.describe.configure({ timeout: 120_000 });
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

function origins() {
  const app = new URL(test.info().project.use.baseURL!);
  return { app: `http://localhost:${app.port}/`, host: `http://127.0.0.1:${Number(app.port) + 1}` };
}

/** Opens the host page with the app framed; returns the frame. */
async function openHost(page: Page, query = '?embed=1') {
  const { app, host } = origins();
  await page.goto(`${host}/embed.html?app=${encodeURIComponent(app + query)}`);
  const frame = page.frameLocator('#hz-benefits');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  return frame;
}

/** The iframe's height on the host page, and the height of the page inside it. */
async function heights(page: Page): Promise<{ frame: number; content: number }> {
  const frame = await page.locator('#hz-benefits').evaluate((f) => f.getBoundingClientRect().height);
  const content = await page.frames()[1]!.evaluate(() => document.body.getBoundingClientRect().height);
  return { frame, content };
}

async function expectFitted(page: Page): Promise<number> {
  await expect.poll(async () => {
    const h = await heights(page);
    return Math.abs(h.frame - Math.ceil(h.content)) <= 1;
  }).toBe(true);
  return (await heights(page)).frame;
}

for (const width of [360, 1366]) {
  test(`the frame's height follows the content at ${width}px: answering, an explanation opened, the language switched`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const frame = await openHost(page);
    const start = await expectFitted(page);
    expect(start).toBeGreaterThan(400);
    await page.screenshot({ path: `${SHOTS}${width}-embedded-start.png` });

    await frame.locator('input[name="audience"][value="graduate"]').check();
    await frame.locator('section.question').first().getByRole('button', { name: '不清楚', exact: true }).click();
    const answered = await expectFitted(page);
    expect(answered).not.toBe(start);

    // Measured once the explanation is drawn: its texts load when it is opened, and the frame fits the page before too.
    const explanation = frame.locator('details.explanation').first();
    await explanation.locator('summary').click();
    await expect(explanation.locator('.conditions').first()).toBeVisible();
    const opened = await expectFitted(page);
    expect(opened).toBeGreaterThan(answered);
    // The framed page as the portal shows it (its own layout, embedded), axe-scanned inside the frame.
    await expectNoAxeViolations(page, `embedded at ${width}px`);

    await frame.getByRole('button', { name: 'English' }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/Hangzhou/);
    await expectFitted(page);
    await page.locator('#hz-benefits').evaluate((f) => scrollTo(0, f.getBoundingClientRect().top + scrollY + 900));
    await page.screenshot({ path: `${SHOTS}${width}-embedded-en.png` });
  });
}

test('answering does not scroll the host page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const frame = await openHost(page);
  await frame.locator('input[name="audience"][value="graduate"]').check();
  await expectFitted(page);
  for (let i = 0; i < 4; i++) {
    const card = frame.locator('section.question').first();
    const button = card.getByRole('button', { name: '不清楚', exact: true });
    // Scroll the host so that the button sits at the bottom of the screen and the question's heading (where focus
    // goes next) is above it: a focus that scrolls would move the host page to show that heading.
    const box = (await button.boundingBox())!;
    await page.evaluate((b) => scrollTo(0, Math.max(0, scrollY + b.y + b.height + 20 - innerHeight)), box);
    const before = await page.evaluate(() => scrollY);
    const fact = await card.getAttribute('data-fact');
    await button.click();
    await expect(frame.locator(`section.question[data-fact="${fact}"]`)).toHaveCount(0);
    await page.waitForTimeout(100); // Focus moves on the next frame.
    expect(await page.evaluate(() => scrollY)).toBe(before);
  }
});

test('storage the frame may not use: saving is "not possible inside the embedded page", with a full window offered', async ({ page }) => {
  // As a browser that blocks storage in cross-site frames does.
  await page.addInitScript(() => {
    if (window.top === window) return;
    IDBFactory.prototype.open = () => {
      throw new DOMException('Access to storage is not allowed from this context.', 'SecurityError');
    };
  });
  const frame = await openHost(page);
  const banner = frame.getByTestId('storage-banner');
  await expect(banner).toHaveAttribute('data-problem', 'framed');
  await expect(banner).toContainText('在嵌入的网页中无法保存回答');
  await expect(banner).not.toContainText('无痕');
  const link = frame.getByTestId('open-full');
  await expect(link).toHaveAttribute('target', '_blank');
  const href = await link.getAttribute('href');
  expect(new URL(href!).searchParams.has('embed')).toBe(false);
  expect(href!.startsWith(origins().app)).toBe(true);
  // The interview keeps working, in memory.
  await frame.locator('input[name="audience"][value="graduate"]').check();
  await frame.locator('section.question').first().getByRole('button', { name: '不清楚', exact: true }).click();
  await expect(frame.locator('[data-answered]')).toHaveCount(1);
});

test('a sandbox without allow-same-origin gets a message for the web team, not a blank frame', async ({ page }) => {
  const { app, host } = origins();
  await page.goto(`${host}/embed.html?app=${encodeURIComponent(app + '?embed=1')}`);
  await page.locator('#hz-benefits').evaluate((f: HTMLIFrameElement) => {
    f.setAttribute('sandbox', 'allow-scripts');
    f.src = f.src; // Reload under the new sandbox.
  });
  const frame = page.frameLocator('#hz-benefits');
  await expect(frame.getByTestId('sandbox-fallback')).toContainText('缺少 allow-same-origin');
  await expect(frame.getByTestId('sandbox-fallback')).toContainText('lacks allow-same-origin');
});

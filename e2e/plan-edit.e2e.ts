import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from './browser';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');

describe('plan editing and trajectories', () => {
  let browser: Browser;
  let page: Page;
  let plans: { id: number; key: string }[];
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    await signIn(page, baseUrl, 'admin', adminPassword);
    plans = await (await page.request.get(`${baseUrl}/api/plans`)).json();
  });
  afterAll(() => browser?.close());
  const planId = (key: string) => plans.find((p) => p.key === key)!.id;

  it("shows a target row's yearly path on demand", async () => {
    await page.goto(`${baseUrl}/plans/${planId('ninh-binh-2023')}?tab=targets`);
    const table = page.getByTestId('plan-targets-table');
    await expect.poll(() => table.innerText()).toMatch(/70\s?%/);
    await table.locator('button.ant-table-row-expand-icon').first().click();
    await expect.poll(() => page.getByTestId('target-trajectory').first().innerText()).toMatch(/20\d\d/);
  });

  it("edits a plan's title and text, and on someone else's save in between keeps their own", async () => {
    const id = planId('hung-yen-2023');
    const title = `Kế hoạch học tập suốt đời tỉnh Hưng Yên (sửa E2E ${Date.now()})`;
    const text = 'Sở Văn hóa, Thể thao và Du lịch tổng hợp, báo cáo kết quả hằng năm (E2E).';
    await page.goto(`${baseUrl}/plans/${id}`);
    await page.getByTestId('plan-edit').click();
    await page.getByTestId('plan-edit-title').fill(title);
    await page.getByTestId('plan-section-add').click();
    await page.locator('[data-testid^="plan-section-text-"]').last().fill(text);

    const context = await browser.newContext({ locale: 'vi-VN' });
    const other = await context.newPage();
    await signIn(other, baseUrl, 'admin', adminPassword);
    await other.goto(`${baseUrl}/plans/${id}`);
    await other.getByTestId('plan-status-select').click();
    await other.locator('.ant-select-item-option', { hasText: 'Dự thảo' }).click();
    await expect.poll(() => other.getByText('Đã lưu kế hoạch.').count()).toBeGreaterThan(0);
    await context.close();

    await page.getByTestId('plan-edit-save').click();
    await expect.poll(() => page.getByTestId('plan-conflict').innerText()).toContain('Tên kế hoạch');
    await page.getByTestId('plan-conflict-keep-mine').click();
    await expect.poll(() => page.locator('.plan-title__text').innerText()).toBe(title);
    const saved = await (await page.request.get(`${baseUrl}/api/plans/${id}`)).json();
    expect(saved.sections.at(-1).text).toBe(text);
    expect(saved.title).toBe(title);
    await expect.poll(() => page.getByTestId('plan-sections').innerText()).toContain('Yêu cầu');
  });

  it('refuses an empty title beside the field, without saving', async () => {
    await page.goto(`${baseUrl}/plans/${planId('hung-yen-2023')}`);
    await page.getByTestId('plan-edit').click();
    await page.getByTestId('plan-edit-title').fill('   ');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').first().innerText())
      .toContain('Bắt buộc');
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from './browser';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');

interface PlanRow {
  id: number;
  key: string;
}

describe('plans as living data, as a province officer uses them', () => {
  let browser: Browser;
  let page: Page;
  let plans: PlanRow[];
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    await signIn(page, baseUrl, 'admin', adminPassword);
    const res = await page.request.get(`${baseUrl}/api/plans`);
    const body = await res.json();
    plans = Array.isArray(body) ? body : body.items;
  });
  afterAll(() => browser?.close());

  const planId = (key: string) => plans.find((p) => p.key === key)!.id;

  it("opens Lào Cai's plan and shows its targets", async () => {
    await page.goto(`${baseUrl}/plans`);
    await expect.poll(() => page.getByTestId('plans-table').innerText()).toContain('Lào Cai');
    await page.goto(`${baseUrl}/plans/${planId('lao-cai-2023')}`);
    await page.getByRole('tab', { name: /Chỉ tiêu/ }).click();
    await expect.poll(() => page.getByTestId('plan-targets-table').innerText()).toMatch(/\d+\s?%/);
  });

  it("compares commune-library targets of Lào Cai with Ninh Bình's", async () => {
    await page.goto(
      `${baseUrl}/plans/compare?indicator=LIB_LLL_SERVICE_COVERAGE&category=library_commune&year=2025`,
    );
    const table = page.getByTestId('compare-table');
    await expect.poll(() => table.innerText()).toContain('Lào Cai');
    expect(await table.innerText()).toContain('Ninh Bình');
    expect(await table.innerText()).toContain('40');
  });

  it('updates a task with a progress note, then finds it in my tasks and in the audit view', async () => {
    const note = 'Đã tổ chức 3 lớp tập huấn chuyển đổi số (E2E)';
    const laoCai = planId('lao-cai-2023');
    const mine: { planId: number; area: string; status: string; content: string }[] = await (
      await page.request.get(`${baseUrl}/api/tasks/mine`)
    ).json();
    const task = mine.find((x) => x.planId === laoCai && x.status === 'not_started')!;
    const excerpt = task.content.slice(0, 30);
    await page.goto(`${baseUrl}/plans/${laoCai}?tab=tasks&area=${task.area}&status=not_started`);
    await page
      .getByTestId('plan-tasks-table')
      .locator('tr.ant-table-row', { hasText: excerpt })
      .first()
      .click();
    await page.getByTestId('task-status-select').click();
    await page.locator('.ant-select-item-option', { hasText: 'Đang thực hiện' }).click();
    await page.getByTestId('task-progress-note').fill(note);
    await page.getByTestId('task-progress-submit').click();
    await expect.poll(() => page.getByTestId('task-progress-history').innerText()).toContain(note);

    await page.goto(`${baseUrl}/tasks/mine?status=in_progress`);
    await expect.poll(() => page.getByTestId('my-tasks-table').innerText()).toContain(excerpt);

    await page.goto(`${baseUrl}/audit`);
    await expect.poll(() => page.getByTestId('audit-table').innerText()).toContain('task.progress');
  });
});

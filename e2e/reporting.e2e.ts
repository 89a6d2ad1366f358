import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiOf } from './api';
import { launchBrowser, signIn } from './browser';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const PASSWORD = 'bao-cao-e2e-2026';
/** No "E2E" in it: the foundation test counts institutions matching that word. */
const LIBRARY_NAME = 'Thư viện xã (kiểm thử báo cáo)';

/** The annual period open today: the national cut-off runs 15/12 of the previous year to 14/12. */
function currentPeriod(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= '12-15' ? String(year + 1) : String(year);
}

describe('an annual report climbs from a library to the province', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const period = currentPeriod();
  let province: number;
  let library: number;
  let reportId: number;

  async function pageFor(username: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ locale: 'vi-VN', viewport });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, baseUrl, username, PASSWORD);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const adminPage = await browser.newPage({ locale: 'vi-VN' });
    await signIn(adminPage, baseUrl, 'admin', adminPassword);
    const api = await apiOf(adminPage, baseUrl);
    const provinces = await api.get('/api/units?level=province&limit=100');
    province = provinces.find((u: { code: string }) => u.code === '37').id;
    const commune = (await api.get(`/api/units/${province}/children`)).find(
      (u: { level: string }) => u.level === 'commune',
    );
    library = (
      await api.post('/api/institutions', {
        code: 'BC-THUVIEN-01',
        name: LIBRARY_NAME,
        category: 'library_commune',
        parentId: commune.id,
        validFrom: '2025-07-01',
      })
    ).id;
    const accounts = [
      ['bc.thuvien', 'institution_staff', library],
      ['bc.xa', 'commune_officer', commune.id],
      ['bc.tinh', 'province_officer', province],
    ] as const;
    for (const [username, role, unitId] of accounts) {
      await api.post('/api/users', {
        username,
        displayName: username,
        password: PASSWORD,
        roles: [{ role, unitId }],
      });
    }
    // The deadline counts from the period's end here, so that the run is on time whatever day CI runs it.
    const form = (await api.get('/api/forms')).find((f: { code: string }) => f.code === 'LIBRARY_ANNUAL');
    await api.patch(`/api/forms/${form.id}`, {
      version: form.version,
      deadlines: {
        anchor: { kind: 'after_end', workingDays: 20 },
        levelOffsets: { institution: 10, commune: 5, province: 0 },
      },
    });
    await adminPage.close();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  it('staff fill the form on a phone, see a rule broken and fixed, and submit', async () => {
    const page = await pageFor('bc.thuvien', { width: 390, height: 844 });
    const api = await apiOf(page, baseUrl);
    reportId = (await api.post('/api/reports', { unitId: library, period })).id;
    await page.goto(`${baseUrl}/reports/${reportId}`);
    await page.getByTestId('field-LIB_LLL_SERVICE').getByText('Có').click();
    await page.getByTestId('field-LIB_IT_DIGITAL').getByText('Có').click();
    await page.getByTestId('field-LLL_ACTIVITIES').fill('2');
    await page.getByTestId('field-EVENTS_READING_CULTURE_DAY').fill('3');
    await page.getByTestId('field-LLL_PARTICIPANTS').fill('1.250');
    await expect.poll(() => page.getByTestId('violation-national_days_within_activities').count()).toBe(1);
    expect(await page.getByTestId('report-submit').isDisabled()).toBe(true);
    await page.getByTestId('field-LLL_ACTIVITIES').fill('5');
    await expect.poll(() => page.getByTestId('violation-national_days_within_activities').count()).toBe(0);
    await expect
      .poll(async () => (await api.get(`/api/reports/${reportId}`)).values.LLL_ACTIVITIES?.value)
      .toBe(5);
    await page.getByTestId('report-submit').click();
    await expect.poll(async () => (await api.get(`/api/reports/${reportId}`)).status).toBe('submitted');
    const saved = await api.get(`/api/reports/${reportId}`);
    expect(saved.values.LLL_PARTICIPANTS.value).toBe(1250);
  });

  it('the commune officer returns it with a reason', async () => {
    const page = await pageFor('bc.xa');
    await page.goto(`${baseUrl}/reports/${reportId}`);
    await page.getByTestId('report-return').click();
    await page.getByTestId('reason-input').fill('Bổ sung số lượt luân chuyển sách');
    await page.getByTestId('reason-confirm').click();
    const api = await apiOf(page, baseUrl);
    await expect.poll(async () => (await api.get(`/api/reports/${reportId}`)).status).toBe('returned');
  });

  it('staff see the reason, keep typing through a dropped connection, and resubmit', async () => {
    const page = await pageFor('bc.thuvien', { width: 390, height: 844 });
    const api = await apiOf(page, baseUrl);
    await page.goto(`${baseUrl}/reports/${reportId}`);
    await expect.poll(() => page.getByText('Bổ sung số lượt luân chuyển sách').count()).toBeGreaterThan(0);
    await page.context().setOffline(true);
    await page.getByTestId('field-LIB_BOOK_ROTATIONS').fill('4');
    await expect.poll(() => page.getByTestId('unsent-count').innerText(), { timeout: 10_000 }).toMatch(/1/);
    await page.reload().catch(() => {});
    await page.context().setOffline(false);
    await page.goto(`${baseUrl}/reports/${reportId}`);
    await expect
      .poll(async () => (await api.get(`/api/reports/${reportId}`)).values.LIB_BOOK_ROTATIONS?.value)
      .toBe(4);
    await expect.poll(() => page.getByTestId('unsent-count').count()).toBe(0);
    await page.getByTestId('report-submit').click();
    await expect.poll(async () => (await api.get(`/api/reports/${reportId}`)).status).toBe('submitted');
  });

  it('the commune approves, and the province’s deadline board shows it on time with its figures', async () => {
    const commune = await pageFor('bc.xa');
    await commune.goto(`${baseUrl}/reports/${reportId}`);
    await commune.getByTestId('report-approve').click();
    const api = await apiOf(commune, baseUrl);
    await expect.poll(async () => (await api.get(`/api/reports/${reportId}`)).status).toBe('approved');

    const page = await pageFor('bc.tinh');
    await page.goto(
      `${baseUrl}/reports/board?unitId=${province}&period=${period}&depth=all&q=${encodeURIComponent('kiem thu bao cao')}`,
    );
    await expect.poll(() => page.getByTestId(`board-status-${library}`).innerText()).toContain('Đã duyệt');
    await expect.poll(() => page.getByTestId(`board-ontime-${library}`).innerText()).toContain('Đúng hạn');
    await expect.poll(() => page.getByTestId('board-total-LLL_PARTICIPANTS').innerText()).toContain('1.250');
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiOf } from './api';
import { launchBrowser, type People, peopleOf } from './browser';
import { asAdmin, currentPeriod, seedLibraryChain } from './world';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const PASSWORD = 'bao-cao-e2e-2026';
/** No "E2E" in it: the foundation test counts institutions matching that word. */
const LIBRARY_NAME = 'Thư viện xã (kiểm thử báo cáo)';

describe('an annual report climbs from a library to the province', () => {
  let browser: Browser;
  let people: People;
  const period = currentPeriod();
  let province: number;
  let library: number;
  let reportId: number;

  beforeAll(async () => {
    browser = await launchBrowser();
    people = peopleOf(browser, baseUrl, PASSWORD);
    await asAdmin(browser, baseUrl, adminPassword, async (api) => {
      ({ province, library } = await seedLibraryChain(api, {
        provinceCode: '37',
        code: 'BC-THUVIEN-01',
        name: LIBRARY_NAME,
        prefix: 'bc',
        password: PASSWORD,
      }));
      // The deadline counts from the period's end here, so that the run is on time whatever day CI runs it.
      const form = (await api.get('/api/forms')).find((f: { code: string }) => f.code === 'LIBRARY_ANNUAL');
      await api.patch(`/api/forms/${form.id}`, {
        version: form.version,
        deadlines: {
          anchor: { kind: 'after_end', workingDays: 20 },
          levelOffsets: { institution: 10, commune: 5, province: 0 },
        },
      });
    });
  });
  afterAll(async () => {
    await people?.close();
    await browser?.close();
  });

  it('staff fill the form on a phone, see a rule broken and fixed, and submit', async () => {
    const page = await people.pageFor('bc.thuvien', { width: 390, height: 844 });
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
    const page = await people.pageFor('bc.xa');
    await page.goto(`${baseUrl}/reports/${reportId}`);
    await page.getByTestId('report-return').click();
    await page.getByTestId('reason-input').fill('Bổ sung số lượt luân chuyển sách');
    await page.getByTestId('reason-confirm').click();
    const api = await apiOf(page, baseUrl);
    await expect.poll(async () => (await api.get(`/api/reports/${reportId}`)).status).toBe('returned');
  });

  it('staff see the reason, keep typing through a dropped connection, and resubmit', async () => {
    const page = await people.pageFor('bc.thuvien', { width: 390, height: 844 });
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
    const commune = await people.pageFor('bc.xa');
    await commune.goto(`${baseUrl}/reports/${reportId}`);
    await commune.getByTestId('report-approve').click();
    const api = await apiOf(commune, baseUrl);
    await expect.poll(async () => (await api.get(`/api/reports/${reportId}`)).status).toBe('approved');

    const page = await people.pageFor('bc.tinh');
    await page.goto(
      `${baseUrl}/reports/board?unitId=${province}&period=${period}&depth=all&q=${encodeURIComponent('kiem thu bao cao')}`,
    );
    await expect.poll(() => page.getByTestId(`board-status-${library}`).innerText()).toContain('Đã duyệt');
    await expect.poll(() => page.getByTestId(`board-ontime-${library}`).innerText()).toContain('Đúng hạn');
    await expect.poll(() => page.getByTestId('board-total-LLL_PARTICIPANTS').innerText()).toContain('1.250');
  });
});

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Api, apiOf } from './api';
import { launchBrowser, type People, peopleOf } from './browser';
import { asAdmin, currentPeriod, seedLibraryChain } from './world';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const PASSWORD = 'hoat-dong-e2e-2026';
/** Cần Thơ: no other browser test works there, so its report is this test's alone. */
const PROVINCE_CODE = '92';
/** Neither "E2E" nor the other tests' words: they search institutions by those. */
const LIBRARY_NAME = 'Thư viện xã (ngày hội đọc thử)';
const TITLE = 'Ngày hội đọc sách cùng gia đình';
const READING_DAY = 'Ngày Sách và Văn hóa đọc Việt Nam';
const PHONE = { width: 390, height: 844 };
/** Where to keep the screenshots for a person to look at; none are taken without it. */
const SHOTS = process.env.E2E_SCREENSHOTS;

async function screenshot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

describe('a person finds a Reading Day activity on a phone, registers, is checked in, and the report counts them', () => {
  let browser: Browser;
  let people: People;
  const period = currentPeriod();
  let library: number;
  let activityId: number;
  /** The staff member, on a phone, signed in in a browser context of her own. */
  let staff: Page;
  let staffApi: Api;
  /** The visitor's phone: nobody is signed in there. */
  let visitor: Page;
  let code: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    people = peopleOf(browser, baseUrl, PASSWORD);
    await asAdmin(browser, baseUrl, adminPassword, async (api) => {
      ({ library } = await seedLibraryChain(api, {
        provinceCode: PROVINCE_CODE,
        code: 'HD-THUVIEN-01',
        name: LIBRARY_NAME,
        prefix: 'hd',
        password: PASSWORD,
      }));
    });
    staff = await people.pageFor('hd.thuvien', PHONE);
    staffApi = await apiOf(staff, baseUrl);
    // Today, begun half an hour ago (so that it can be completed) and open for registration until it ends.
    const now = Date.now();
    const created = await staffApi.post('/api/activities', {
      institutionId: library,
      type: 'reading_session',
      title: TITLE,
      description: 'Đọc to, kể chuyện và đổi sách cho cả nhà nhân Ngày Sách và Văn hóa đọc Việt Nam.',
      audiences: ['children', 'everyone'],
      observanceCode: 'reading_culture_day',
      startsAt: new Date(now - 30 * 60_000).toISOString(),
      endsAt: new Date(now + 3 * 3_600_000).toISOString(),
      place: 'Sân thư viện xã',
      capacity: 30,
      requiresRegistration: true,
      status: 'published',
    });
    activityId = created.id;
    visitor = await (await people.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
  });
  afterAll(async () => {
    await people?.close();
    await browser?.close();
  });

  it('finds the activity on the portal by the national day, on a phone', async () => {
    await visitor.goto(`${baseUrl}/portal`);
    expect(await visitor.locator('html').getAttribute('lang')).toBe('vi');
    await expect
      .poll(() => visitor.getByRole('heading', { level: 1 }).innerText())
      .toBe('Hoạt động học tập suốt đời');
    await screenshot(visitor, 'portal-390.png');
    await visitor.locator('summary').click();
    await visitor.getByLabel('Ngày kỷ niệm').selectOption({ label: READING_DAY });
    await visitor.getByRole('button', { name: 'Lọc', exact: true }).click();
    await visitor.waitForURL((url) => url.searchParams.get('observance') === 'reading_culture_day');
    const card = visitor.locator('.card', { hasText: TITLE });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.innerText()).toContain(READING_DAY);
    expect(await card.innerText()).toContain(LIBRARY_NAME);
    // Nothing on the phone is wider than the screen.
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(visitor, 'portal-filtered-390.png');
    await card.getByRole('link', { name: TITLE }).click();
    await visitor.waitForURL((url) => url.pathname === `/portal/activities/${activityId}`);
  });

  it('registers with a name, a phone number and consent, and sees the QR code and the code', async () => {
    await expect.poll(() => visitor.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);
    await screenshot(visitor, 'activity-390.png');
    // Consent is asked for, not assumed: sending without it keeps what was typed and says why.
    await visitor.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
    await visitor.getByLabel('Thư điện tử hoặc số điện thoại').fill('0912 345 678');
    await visitor.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await expect
      .poll(() => visitor.locator('#errors').innerText())
      .toContain('Bạn cần đánh dấu đồng ý thì mới đăng ký được.');
    expect(await visitor.getByLabel('Họ và tên').inputValue()).toBe('Nguyễn Thị Lan');
    expect(await visitor.getByLabel('Thư điện tử hoặc số điện thoại').inputValue()).toBe('0912 345 678');
    await screenshot(visitor, 'activity-errors-390.png');

    await visitor.getByLabel('Tôi đã đọc và đồng ý với nội dung trên').check();
    await visitor.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await visitor.waitForURL((url) => url.pathname.startsWith('/portal/registrations/'));
    await expect.poll(() => visitor.getByText('Đã xác nhận chỗ').count()).toBe(1);
    expect(await visitor.locator('.qr svg').count()).toBe(1);
    code = (await visitor.getByTestId('registration-code').innerText()).trim();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(visitor, 'registration-390.png');
  });

  it('staff check the code in on a phone and see it confirmed', async () => {
    await staff.goto(`${baseUrl}/activities/${activityId}/check-in`);
    const input = staff.getByLabel('Mã đăng ký');
    await input.fill(code);
    await input.press('Enter');
    await expect.poll(() => staff.getByText('Đã điểm danh: Nguyễn Thị Lan').count()).toBe(1);
    const activity = await staffApi.get(`/api/activities/${activityId}`);
    expect(activity.counts.checkedIn).toBe(1);
    await screenshot(staff, 'check-in-390.png');
  });

  it('staff complete the activity, and the library’s report shows the participant and the activity as automatic', async () => {
    await staff.goto(`${baseUrl}/activities/${activityId}`);
    await staff.getByTestId(`activity-complete-${activityId}`).click();
    await staff.getByRole('dialog').getByRole('button', { name: 'Kết thúc', exact: true }).click();
    await expect
      .poll(async () => (await staffApi.get(`/api/activities/${activityId}`)).status)
      .toBe('completed');

    const [report] = await staffApi.get(`/api/reports?unitId=${library}&period=${period}`);
    await staff.goto(`${baseUrl}/reports/${report.id}`);
    await expect.poll(() => staff.getByTestId('field-LLL_PARTICIPANTS').inputValue()).toBe('1');
    expect(await staff.getByTestId('field-LLL_ACTIVITIES').inputValue()).toBe('1');
    expect(await staff.getByTestId('auto-LLL_PARTICIPANTS').innerText()).toContain('Tự động từ hoạt động: 1');
    expect(await staff.getByTestId('auto-LLL_ACTIVITIES').innerText()).toContain('Tự động từ hoạt động: 1');
    await screenshot(staff, 'report-390.png');
  });
});

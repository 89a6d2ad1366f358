import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Api, apiOf } from './api';
import { launchBrowser, type People, peopleOf } from './browser';
import { asAdmin, currentPeriod, seedLibraryChain } from './world';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const PASSWORD = 'khen-thuong-e2e-2026';
/** Thành phố Hồ Chí Minh: no other browser test works there, so its annual report is this test's alone. */
const PROVINCE_CODE = '79';
const LIBRARY_NAME = 'Thư viện xã (mô hình hay thử)';
const MODEL_TITLE = 'Tủ sách gia đình liên thế hệ';
const DECISION = '125/QĐ-SVHTTDL';
const ARTICLE_TITLE = 'Lan tỏa văn hóa đọc ngày 23/4';
const WORLD_BOOK_DAY = 'Ngày Sách và Bản quyền thế giới';
const COVERAGE = 'LIB_LLL_SERVICE_COVERAGE';
const PHONE = { width: 390, height: 844 };
/** A 1×1 PNG: the photo of the model. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** What a hostile writer sends through the API: none of it may reach a reader's browser. */
const HOSTILE =
  '<p>Mời bạn đọc đến thư viện.</p><script>window.__xss = "script"</script>' +
  '<img src="x" onerror="window.__xss = \'onerror\'"><a href="javascript:window.__xss=\'href\'">Xem thêm</a>';
const SHOTS = process.env.E2E_SCREENSHOTS;

async function screenshot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

/** Picks the option with `text` in the Ant Design select `testId` (typing to search first, when asked). */
async function choose(page: Page, testId: string, text: string, search?: string) {
  const select = page.getByTestId(testId);
  await select.click();
  if (search) await page.keyboard.type(search);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
  await page.keyboard.press('Escape');
}

/** Today in Vietnam as dd/mm/yyyy: the decision is signed today. */
function todayText(): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
    .format(new Date())
    .split('-');
  return `${d}/${m}/${y}`;
}

describe('a library’s good model is published, the library is commended, and the news reaches the portal', () => {
  let browser: Browser;
  let people: People;
  const period = currentPeriod();
  let province: number;
  let library: number;
  let staff: Page;
  let officer: Page;
  let officerApi: Api;
  let modelId: number;
  let articleId: number;

  beforeAll(async () => {
    browser = await launchBrowser();
    people = peopleOf(browser, baseUrl, PASSWORD);
    await asAdmin(browser, baseUrl, adminPassword, async (api) => {
      ({ province, library } = await seedLibraryChain(api, {
        provinceCode: PROVINCE_CODE,
        code: 'KT-THUVIEN-01',
        name: LIBRARY_NAME,
        prefix: 'kt',
        password: PASSWORD,
      }));
    });
    // The library's report for the year, approved by the commune: the results the model is drawn from.
    staff = await people.pageFor('kt.thuvien');
    const staffApi = await apiOf(staff, baseUrl);
    let report = await staffApi.post('/api/reports', { unitId: library, period });
    report = await staffApi.put(`/api/reports/${report.id}/values`, {
      version: report.version,
      values: [
        { element: 'LIB_LLL_SERVICE', value: true },
        { element: 'LIB_IT_DIGITAL', value: true },
        { element: 'LLL_ACTIVITIES', value: 12 },
        { element: 'LLL_PARTICIPANTS', value: 860 },
      ],
    });
    report = await staffApi.post(`/api/reports/${report.id}/submit`, { version: report.version });
    const communeApi = await apiOf(await people.pageFor('kt.xa'), baseUrl);
    await communeApi.post(`/api/reports/${report.id}/approve`, { version: report.version });
    officer = await people.pageFor('kt.tinh');
    officerApi = await apiOf(officer, baseUrl);
  });
  afterAll(async () => {
    await people?.close();
    await browser?.close();
  });

  it('publishes a good model from the library’s own results, with a photo', async () => {
    const indicators: { code: string; name: { vi: string } }[] = await (await apiOf(staff, baseUrl)).get(
      '/api/analytics/indicators',
    );
    const coverage = indicators.find((i) => i.code === COVERAGE)!.name.vi;
    await staff.goto(`${baseUrl}/good-models`);
    await staff.getByTestId('gm-new').click();
    await staff.getByTestId('gm-title').fill(MODEL_TITLE);
    await choose(staff, 'gm-topic', 'Văn hóa đọc');
    await staff
      .getByTestId('gm-summary')
      .fill('Mỗi gia đình một tủ sách, ông bà đọc cùng cháu mỗi tối thứ Bảy.');
    await staff
      .getByTestId('gm-description')
      .fill('Thư viện xã trao tủ sách cho 40 gia đình.\n\nMỗi tháng luân chuyển sách giữa các tủ.');
    await choose(staff, 'gm-figure-indicators', coverage, 'dịch vụ phục vụ');
    await choose(staff, 'gm-figure-years', period);
    await staff.getByTestId('gm-figure-add').click();
    // The value is the library's approved figure, not typed in.
    await expect.poll(() => staff.getByTestId('gm-figure-0').innerText()).toContain('100 %');
    await staff
      .getByTestId('gm-photos-input')
      .setInputFiles({ name: 'tu-sach.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => staff.getByTestId('image-item-0').count()).toBe(1);
    await staff.getByTestId('gm-contact-name').fill('Nguyễn Thị Hòa');
    await staff.getByTestId('gm-publish').click();

    await expect.poll(() => staff.url()).toMatch(/\/good-models\/\d+$/);
    modelId = Number(staff.url().split('/').pop());
    await expect.poll(() => staff.getByTestId('gm-figures').innerText()).toContain('100 %');
    await expect.poll(() => staff.getByTestId('gm-gallery').locator('img').count()).toBeGreaterThan(0);
    await screenshot(staff, 'good-model.png');
  });

  it('nominates the library for the Department’s certificate, with the model as evidence', async () => {
    await officer.goto(`${baseUrl}/recognition`);
    await officer.getByTestId('recognition-new').click();
    await choose(officer, 'recognition-unit', LIBRARY_NAME, 'mô hình hay thử');
    await officer.getByTestId('recognition-form-department_certificate').click();
    await officer
      .getByTestId('recognition-reason')
      .fill('Xây dựng mô hình tủ sách gia đình liên thế hệ, được nhiều xã học tập.');
    await choose(officer, 'recognition-evidence-good_model', MODEL_TITLE);
    await officer.getByTestId('recognition-reason').press('Control+Enter');
    const row = officer.locator('[data-testid^="recognition-row-"]', { hasText: LIBRARY_NAME });
    await expect.poll(() => row.count()).toBeGreaterThan(0);
    await expect.poll(() => row.first().innerText()).toContain('Đã đề nghị');
    // The new nomination opens in its drawer, its id in the address.
    await expect.poll(() => new URL(officer.url()).searchParams.get('open')).toMatch(/^\d+$/);
    await expect
      .poll(() => officer.getByTestId('recognition-detail-status').innerText())
      .toContain('Đã đề nghị');
  });

  it('reviews the nomination and grants it with a decision number', async () => {
    await expect
      .poll(() => officer.getByTestId('recognition-evidence-list').innerText())
      .toContain(MODEL_TITLE);
    expect(await officer.getByTestId('recognition-evidence-link-0').getAttribute('href')).toBe(
      `/good-models/${modelId}`,
    );
    await officer.getByTestId('recognition-review').click();
    await officer.getByTestId('recognition-review-ok').click();
    await expect.poll(() => officer.getByTestId('recognition-detail-status').innerText()).toContain('Đã xét');
    await officer.getByTestId('recognition-grant').click();
    await officer.getByTestId('recognition-decision-number').fill(DECISION);
    const date = officer.getByTestId('recognition-decision-date');
    await date.click();
    await date.fill(todayText());
    await date.press('Enter');
    await officer.getByTestId('recognition-grant-ok').click();
    await expect
      .poll(() => officer.getByTestId('recognition-detail-status').innerText())
      .toContain('Đã khen');
    await expect.poll(() => officer.getByTestId('recognition-timeline').innerText()).toContain(DECISION);
    await screenshot(officer, 'recognition-granted.png');
  });

  it('lists the recognition in the province’s annual report', async () => {
    await officer.goto(`${baseUrl}/documents/print?kind=annual&unitId=${province}&year=${period}`);
    const sheet = officer.getByTestId('document-sheet');
    await expect.poll(() => sheet.innerText()).toContain(DECISION);
    const text = await sheet.innerText();
    expect(text).toContain('khen thưởng');
    expect(text).toContain(LIBRARY_NAME);
    // And in the DOCX the province files.
    const tree = await officerApi.get(`/api/reports/annual?unitId=${province}&year=${period}&format=json`);
    expect(JSON.stringify(tree)).toContain(DECISION);
  });

  it('writes an article for World Book Day in the editor and publishes it', async () => {
    await officer.goto(`${baseUrl}/articles/new`);
    await officer.getByTestId('article-title').fill(ARTICLE_TITLE);
    await officer
      .getByTestId('article-summary')
      .fill('Các thư viện xã cùng đọc sách với thiếu nhi ngày 23/4.');
    const body = officer.getByTestId('rte-content');
    await body.click();
    await officer.keyboard.type('Ngày hội đọc sách diễn ra tại thư viện xã với hơn 200 em thiếu nhi.');
    await choose(officer, 'article-observance', WORLD_BOOK_DAY);
    await officer.getByTestId('article-save').click();
    await expect.poll(() => officer.url()).toMatch(/\/articles\/\d+$/);
    articleId = Number(officer.url().split('/').pop());

    // A hostile write through the API: the server keeps the text and removes the rest, saying what it removed.
    const current = await officerApi.get(`/api/articles/${articleId}`);
    const saved = await officerApi.patch(`/api/articles/${articleId}`, {
      body: current.body + HOSTILE,
      version: current.version,
    });
    expect(saved.removed).toEqual(expect.arrayContaining(['<script>', 'onerror']));
    expect(saved.body).not.toMatch(/script|onerror|javascript:/i);

    await officer.reload();
    await officer.getByTestId('article-publish').click();
    await officer.getByTestId('step-confirm').click();
    await expect
      .poll(() => officer.getByTestId('article-detail-status').innerText())
      .toMatch(/Đ(ã|ang) đăng/);
    await expect.poll(() => officer.getByTestId('article-history').innerText()).toContain('kt.tinh');
  });

  it('shows the article on the portal’s World Book Day page and in the feeds, and no script runs', async () => {
    const visitor = await (
      await people.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })
    ).newPage();
    const dialogs: string[] = [];
    visitor.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await visitor.goto(`${baseUrl}/portal/days/world_book_day?provinceId=${province}`);
    expect(await visitor.locator('h1').innerText()).toContain(WORLD_BOOK_DAY);
    const link = visitor.getByRole('link', { name: ARTICLE_TITLE });
    await link.click();
    await visitor.waitForURL((url) => url.pathname === `/portal/news/${articleId}`);
    expect(await visitor.locator('main').innerText()).toContain('Mời bạn đọc đến thư viện.');
    expect(await visitor.locator('main script').count()).toBe(0);
    expect(await visitor.locator('[onerror], a[href^="javascript:"]').count()).toBe(0);
    // Give an image error handler, had one survived, the time to run.
    await visitor.waitForLoadState('load');
    expect(await visitor.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await screenshot(visitor, 'portal-article.png');

    for (const feed of ['feed.atom', 'feed.rss']) {
      const res = await visitor.request.get(
        `${baseUrl}/portal/${feed}?day=world_book_day&provinceId=${province}`,
      );
      expect(res.ok()).toBe(true);
      expect(res.headers()['content-type']).toMatch(feed === 'feed.atom' ? /atom\+xml/ : /rss\+xml/);
      const xml = await res.text();
      expect(xml).toContain(ARTICLE_TITLE);
      expect(xml).toContain(`/portal/news/${articleId}`);
      expect(xml).not.toMatch(/<script|onerror=/i);
    }
  });
});

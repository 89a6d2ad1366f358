import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Api, apiOf } from './api';
import { launchBrowser, type People, peopleOf } from './browser';
import { asAdmin, currentPeriod, seedLibraryChain } from './world';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const PASSWORD = 'cong-bo-e2e-2026';
/** Đà Nẵng: no other browser test reports there, so its figures are this test's alone. */
const PROVINCE_CODE = '48';
/** Neither "E2E" nor the other tests' words: they search institutions by those. */
const LIBRARY_NAME = 'Thư viện xã (công bố thử)';
const PHONE = { width: 390, height: 844 };
/** Where to keep the screenshots for a person to look at; none are taken without it. */
const SHOTS = process.env.E2E_SCREENSHOTS;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Clicks a download button and reads the file the browser saved. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** A DOCX or XLSX is a zip: "PK", and more than an empty one. */
function expectZip(bytes: Buffer, atLeast: number) {
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  expect(bytes.length).toBeGreaterThan(atLeast);
}

async function screenshot(page: Page, name: string, fullPage = true) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage });
}

describe('a province publishes its annual report, and the published copy stays as it was', () => {
  let browser: Browser;
  let people: People;
  const period = currentPeriod();
  let province: number;
  let library: number;
  let reportId: number;
  let publishedId: number;
  /** The province officer, at her desk throughout. */
  let officer: Page;
  let officerApi: Api;
  /** The published DOCX as downloaded right after publishing. */
  let publishedDocx: Buffer;
  /** Today's DOCX, generated before the data changed. */
  let generatedDocx: Buffer;

  const publishUrl = () => `${baseUrl}/documents?unitId=${province}&year=${period}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    people = peopleOf(browser, baseUrl, PASSWORD);
    await asAdmin(browser, baseUrl, adminPassword, async (api) => {
      ({ province, library } = await seedLibraryChain(api, {
        provinceCode: PROVINCE_CODE,
        code: 'CB-THUVIEN-01',
        name: LIBRARY_NAME,
        prefix: 'cb',
        password: PASSWORD,
      }));
    });
    // The library's report for the year, approved by the commune: the document has figures to write.
    const staff = await apiOf(await people.pageFor('cb.thuvien', PHONE), baseUrl);
    let report = await staff.post('/api/reports', { unitId: library, period });
    reportId = report.id;
    report = await staff.put(`/api/reports/${reportId}/values`, {
      version: report.version,
      values: [
        { element: 'LIB_LLL_SERVICE', value: true },
        { element: 'LIB_IT_DIGITAL', value: false },
        { element: 'LLL_ACTIVITIES', value: 5 },
        { element: 'EVENTS_READING_CULTURE_DAY', value: 3 },
        { element: 'LLL_PARTICIPANTS', value: 1250 },
      ],
    });
    await staff.post(`/api/reports/${reportId}/submit`, { version: report.version });
    const commune = await apiOf(await people.pageFor('cb.xa'), baseUrl);
    const submitted = await commune.get(`/api/reports/${reportId}`);
    await commune.post(`/api/reports/${reportId}/approve`, { version: submitted.version });

    officer = await people.pageFor('cb.tinh');
    officerApi = await apiOf(officer, baseUrl);
  });
  afterAll(async () => {
    await people?.close();
    await browser?.close();
  });

  it('opens Công bố from the menu on her province, names the gaps, and downloads the DOCX and the XLSX', async () => {
    await officer.goto(`${baseUrl}/units`);
    await officer.getByRole('link', { name: 'Công bố', exact: true }).click();
    await officer.waitForURL((url) => url.pathname === '/documents');
    await expect.poll(() => officer.getByTestId('documents-unit').innerText()).toContain('Đà Nẵng');

    await officer.goto(publishUrl());
    // The template was never saved: the document says who is missing, and is built anyway.
    await expect
      .poll(() => officer.getByTestId('document-gaps').innerText())
      .toContain('Mẫu văn bản của đơn vị chưa khai báo');

    const docx = await download(officer, officer.getByTestId('documents-docx'));
    expect(docx.name).toMatch(/\.docx$/);
    expectZip(docx.bytes, 5000);
    generatedDocx = docx.bytes;
    const xlsx = await download(officer, officer.getByTestId('documents-xlsx'));
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expectZip(xlsx.bytes, 3000);
  });

  it('fills in the signer in the template drawer by keyboard, and that gap goes', async () => {
    await officer.getByTestId('template-open').click();
    await expect.poll(() => officer.getByTestId('template-default').count()).toBe(1);
    const name = officer.getByLabel('Họ và tên người ký');
    await name.fill('Trần Thị Công Bố');
    const saved = officer.waitForResponse(
      (r) => r.url().endsWith(`/api/document-templates/${province}`) && r.request().method() === 'PUT',
    );
    await name.press('Control+Enter');
    expect((await saved).status()).toBe(200);
    await expect.poll(() => officer.getByTestId('template-form').count()).toBe(0);
    await expect
      .poll(() => officer.getByTestId('document-gaps').innerText())
      .not.toContain('họ tên người ký');
  });

  it('lays the report out on A4 in the print view, ready to print or save as PDF', async () => {
    await officer.getByTestId('documents-print-view').click();
    await officer.waitForURL((url) => url.pathname === '/documents/print');
    const sheet = officer.getByTestId('document-sheet');
    await expect.poll(() => sheet.innerText()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const text = await sheet.innerText();
    for (const words of [
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      'Kính gửi',
      'Nơi nhận:',
      'Trần Thị Công Bố',
    ])
      expect(text).toContain(words);
    expect(
      await sheet.evaluate((el) => {
        const style = getComputedStyle(el);
        return { font: style.fontFamily, size: style.fontSize };
      }),
    ).toEqual({ font: expect.stringMatching(/^"?Times New Roman/), size: '18.6667px' });
    await screenshot(officer, 'print-view.png');

    // Printed, the document alone on portrait A4 (595 × 842 pt), not the app's landscape table sheet.
    await officer.emulateMedia({ media: 'print' });
    expect(await officer.locator('.app-header').isVisible()).toBe(false);
    expect(await officer.getByTestId('document-print').isVisible()).toBe(false);
    // Back to the default (print for a PDF): `screen` would be kept for the PDF too.
    await officer.emulateMedia({ media: null });
    const pdf = (await officer.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(Math.round(Number(box?.[1]))).toBe(595);
    expect(Math.round(Number(box?.[2]))).toBe(842);
  });

  it('draws the 2025 review’s charts in the print view, with every value said in words', async () => {
    await officer.goto(`${baseUrl}/documents/print?kind=midterm&unitId=${province}`);
    await expect.poll(() => officer.getByTestId('document-sheet').innerText()).toContain('Sơ kết');
    const chart = officer.locator('.doc-chart').first();
    // Drawn as SVG (sharp on paper), one path per bar, and described for screen readers.
    await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(3);
    expect(await chart.getAttribute('role')).toBe('img');
    expect((await chart.getAttribute('aria-label'))?.length).toBeGreaterThan(20);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(officer, 'review-chart.png', false);
  });

  it('publishes the annual report after a confirm, and downloads its frozen DOCX', async () => {
    await officer.goto(publishUrl());
    await officer.getByTestId('documents-publish').click();
    const published = officer.waitForResponse(
      (r) => r.url().endsWith('/api/published-reports') && r.request().method() === 'POST',
    );
    await officer.getByTestId('publish-confirm').click();
    const response = await published;
    expect(response.status()).toBe(201);
    publishedId = (await response.json()).id;

    const row = officer.getByTestId(`published-row-${publishedId}`);
    await expect.poll(() => row.innerText()).toContain('Báo cáo năm');
    await expect
      .poll(() => officer.getByTestId(`published-status-${publishedId}`).innerText())
      .toBe('Không đổi');
    const frozen = await download(officer, officer.getByTestId(`published-docx-${publishedId}`));
    expectZip(frozen.bytes, 5000);
    publishedDocx = frozen.bytes;
  });

  it('after a value changes and is approved, lists the change, and the published DOCX is byte for byte the same', async () => {
    // The province reopens the library's report; the library corrects it; the commune approves it again.
    await officerApi.post(`/api/reports/${reportId}/unlock`, { reason: 'Bổ sung số liệu chuyển đổi số' });
    const staff = await apiOf(await people.pageFor('cb.thuvien', PHONE), baseUrl);
    let report = await staff.get(`/api/reports/${reportId}`);
    report = await staff.put(`/api/reports/${reportId}/values`, {
      version: report.version,
      // The events of Reading Culture Day are one of the document's figures (its national days table).
      values: [
        { element: 'LLL_ACTIVITIES', value: 7 },
        { element: 'EVENTS_READING_CULTURE_DAY', value: 4 },
      ],
    });
    await staff.post(`/api/reports/${reportId}/submit`, { version: report.version });
    const commune = await apiOf(await people.pageFor('cb.xa'), baseUrl);
    report = await commune.get(`/api/reports/${reportId}`);
    await commune.post(`/api/reports/${reportId}/approve`, { version: report.version });

    await officer.goto(publishUrl());
    await expect
      .poll(() => officer.getByTestId(`published-status-${publishedId}`).innerText())
      .toBe('Có thay đổi');
    await officer.getByTestId(`published-link-${publishedId}`).click();
    await officer.waitForURL((url) => url.pathname === `/documents/published/${publishedId}`);
    const changes = officer.getByTestId('published-changes');
    await expect.poll(() => changes.innerText()).toContain('Đã thay đổi từ khi công bố');
    const detail = await officerApi.get(`/api/published-reports/${publishedId}`);
    expect(detail.upToDate).toBe(false);
    const change = officer.getByTestId('change-observance:reading_culture_day');
    await expect.poll(() => change.innerText()).toMatch(/Ngày Sách và Văn hóa đọc Việt Nam\s+3\s+4/);
    // The frozen document is shown below the changes.
    await expect.poll(() => officer.getByTestId('document-sheet').innerText()).toContain('Trần Thị Công Bố');

    const again = await download(officer, officer.getByTestId('published-detail-docx'));
    expect(sha256(again.bytes)).toBe(sha256(publishedDocx));
    const frozenXlsx = await download(officer, officer.getByTestId('published-detail-xlsx'));
    expectZip(frozenXlsx.bytes, 3000);

    await officer.goto(publishUrl());
    const fresh = await download(officer, officer.getByTestId('documents-docx'));
    expectZip(fresh.bytes, 5000);
    expect(sha256(fresh.bytes)).not.toBe(sha256(publishedDocx));
    expect(sha256(fresh.bytes)).not.toBe(sha256(generatedDocx));
  });

  it('fits a phone: the publish page stacks without sideways scrolling, the published copies as cards', async () => {
    const phone = await people.pageFor('cb.tinh', PHONE);
    await phone.goto(publishUrl());
    await expect
      .poll(() => phone.getByTestId(`published-row-${publishedId}`).innerText())
      .toContain('Báo cáo năm');
    await expect.poll(() => phone.getByTestId('documents-docx').isVisible()).toBe(true);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phone, 'publish-phone.png');
    await phone.goto(`${baseUrl}/documents/print?kind=annual&unitId=${province}&year=${period}`);
    await expect.poll(() => phone.getByTestId('document-sheet').innerText()).toContain('BÁO CÁO');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phone, 'print-phone.png', false);
    await phone.locator('.doc-table').first().scrollIntoViewIfNeeded();
    await screenshot(phone, 'print-phone-table.png', false);
  });
});

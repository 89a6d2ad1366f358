import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { INSTITUTION_SHEET_COLUMNS } from '@suotdoi/shared';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from './browser';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const dir = mkdtempSync(path.join(tmpdir(), 'suotdoi-e2e-files-'));

/** An institutions sheet as a person would fill it in from the template's columns. */
async function writeSheet(file: string, rows: Record<string, string>[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thiết chế');
  const keys = ['code', 'name', 'category', 'unitCode', 'address'];
  // The Vietnamese titles of the downloadable template, as an officer's sheet would carry them.
  ws.addRow(keys.map((k) => INSTITUTION_SHEET_COLUMNS.find((c) => c.key === k)!.vi));
  for (const r of rows) ws.addRow(keys.map((k) => r[k] ?? ''));
  await wb.xlsx.writeFile(file);
}

describe('the foundation, as a province officer would use it', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    await signIn(page, baseUrl, 'admin', adminPassword);
  });
  afterAll(() => browser?.close());

  it('shows 63 provinces as of 30/06/2024 and 34 today in the unit tree', async () => {
    await page.goto(`${baseUrl}/units`);
    await page.getByTestId('asof-2024').click();
    await expect.poll(() => page.getByTestId('province-count').innerText()).toContain('63');
    await expect.poll(() => page.getByTestId('unit-tree').innerText()).toContain('Hà Nam');
    await page.getByTestId('asof-today').click();
    await expect.poll(() => page.getByTestId('province-count').innerText()).toContain('34');
    expect(await page.getByTestId('unit-tree').innerText()).not.toContain('Hà Nam');
  });

  it('imports institutions from an XLSX: a bad row blocks everything and is named; fixed, it imports', async () => {
    const provinces = await (
      await page.request.get(`${baseUrl}/api/units?level=province&q=ninh%20binh`)
    ).json();
    const communes = await (
      await page.request.get(`${baseUrl}/api/units/${provinces[0].id}/children`)
    ).json();
    const commune = communes.find((u: { level: string }) => u.level === 'commune');
    const good = {
      code: 'E2E-TV-01',
      name: 'Thư viện xã E2E Tràng An',
      category: 'library_commune',
      unitCode: commune.code,
    };
    const bad = {
      code: 'E2E-TV-02',
      name: 'Nhà văn hóa E2E',
      category: 'not_a_category',
      unitCode: commune.code,
    };

    const badFile = path.join(dir, 'bad.xlsx');
    await writeSheet(badFile, [good, bad]);
    await page.goto(`${baseUrl}/institutions/import`);
    await page.getByTestId('import-file').setInputFiles(badFile);
    const problems = page.getByTestId('import-dryrun-problems');
    await expect.poll(() => problems.innerText()).toContain('not_a_category');
    expect(await problems.innerText()).toMatch(/\b3\b/); // spreadsheet row 3: header is row 1
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    const none = await (await page.request.get(`${baseUrl}/api/institutions?q=E2E`)).json();
    expect(none.total).toBe(0);

    const fixedFile = path.join(dir, 'fixed.xlsx');
    await writeSheet(fixedFile, [good, { ...bad, category: 'village_cultural_house' }]);
    await page.getByTestId('import-file').setInputFiles(fixedFile);
    await expect.poll(() => page.getByTestId('import-commit').isDisabled()).toBe(false);
    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain('2');
    const after = await (await page.request.get(`${baseUrl}/api/institutions?q=E2E`)).json();
    expect(after.total).toBe(2);
  });

  it('finds an institution by a search without diacritics', async () => {
    await page.goto(`${baseUrl}/institutions`);
    await page.getByTestId('institution-search').fill('thu vien xa e2e trang an');
    await page.getByTestId('institution-search').press('Enter');
    await expect
      .poll(() => page.getByTestId('institutions-table').innerText())
      .toContain('Thư viện xã E2E Tràng An');
  });
});

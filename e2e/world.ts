import type { Browser } from 'playwright-core';
import { type Api, apiOf } from './api';
import { signIn } from './browser';

/** What the browser journeys start from: today's period, and units, an institution and people seeded as admin. */

/** The annual period open today: the national cut-off runs 15/12 of the previous year to 14/12. */
export function currentPeriod(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= '12-15' ? String(year + 1) : String(year);
}

/** Runs `seed` with the API as the system administrator sees it, on a page closed afterwards. */
export async function asAdmin<T>(
  browser: Browser,
  baseUrl: string,
  adminPassword: string,
  seed: (api: Api) => Promise<T>,
): Promise<T> {
  const page = await browser.newPage({ locale: 'vi-VN' });
  await signIn(page, baseUrl, 'admin', adminPassword);
  try {
    return await seed(await apiOf(page, baseUrl));
  } finally {
    await page.close();
  }
}

export interface LibraryChain {
  province: number;
  commune: number;
  library: number;
}

/**
 * A commune library in the first commune of the province with `provinceCode`, and the three people a report
 * climbs through: `${prefix}.thuvien` (the library's staff), `${prefix}.xa` (the commune officer) and
 * `${prefix}.tinh` (the province officer), all with `password`.
 */
export async function seedLibraryChain(
  api: Api,
  seed: { provinceCode: string; code: string; name: string; prefix: string; password: string },
): Promise<LibraryChain> {
  const provinces = await api.get('/api/units?level=province&limit=100');
  const province: number = provinces.find((u: { code: string }) => u.code === seed.provinceCode).id;
  const commune: number = (await api.get(`/api/units/${province}/children`)).find(
    (u: { level: string }) => u.level === 'commune',
  ).id;
  const library: number = (
    await api.post('/api/institutions', {
      code: seed.code,
      name: seed.name,
      category: 'library_commune',
      parentId: commune,
      validFrom: '2025-07-01',
    })
  ).id;
  const accounts = [
    [`${seed.prefix}.thuvien`, 'institution_staff', library],
    [`${seed.prefix}.xa`, 'commune_officer', commune],
    [`${seed.prefix}.tinh`, 'province_officer', province],
  ] as const;
  for (const [username, role, unitId] of accounts) {
    await api.post('/api/users', {
      username,
      displayName: username,
      password: seed.password,
      roles: [{ role, unitId }],
    });
  }
  return { province, commune, library };
}

import type { Institution } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomIp } from '../../test/test-users';
import { expectStatus, fixedClock, getJson, unitId, useAdminApp } from '../units/units-test-support';
import { expectAccessiblePage, insertPublicActivity } from './portal-test-support';

/** The public portal through the real application: pages, filters, registration, cancelling, languages. */
describe('the public portal', () => {
  const { t, admin } = useAdminApp({ clock: fixedClock });
  let province: number;
  let commune: number;
  let library: Institution;
  let museum: Institution;
  /** A Reading Day session at the library, its title trying to run a script. */
  let readingDay: number;
  /** A class at the museum, on another day. */
  let museumClass: number;
  /** Two places only, for the waitlist. */
  let small: number;
  let cancelled: number;

  const get = (url: string, cookies: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, cookies });
  const post = (
    url: string,
    form: Record<string, string>,
    options: { ip?: string; cookies?: Record<string, string> } = {},
  ) =>
    t.app.inject({
      method: 'POST',
      url,
      payload: new URLSearchParams(form).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: options.ip ?? randomIp(),
      cookies: options.cookies,
    });
  const html = (res: LightMyRequestResponse, status = 200) => {
    expectStatus(res, status);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    return res.body;
  };
  const registrationsOf = async (activityId: number) =>
    (
      await t.database.db.execute<{ name: string | null; status: string }>(
        sql`select name, status from registrations where activity_id = ${activityId} order by seq`,
      )
    ).rows;

  beforeAll(async () => {
    province = await unitId(t, 'province', '37', '2026-01-01');
    commune = (await getJson<{ id: number; level: string }[]>(admin, `/api/units/${province}/children`)).find(
      (u) => u.level === 'commune',
    )!.id;
    const institution = async (body: object) => {
      const res = await admin.request({ method: 'POST', url: '/api/institutions', payload: body });
      expectStatus(res, 201);
      return res.json() as Institution;
    };
    library = await institution({
      code: 'PORTAL-TV-01',
      name: 'Thư viện xã Cổng Thông Tin',
      category: 'library_commune',
      parentId: commune,
      validFrom: '2026-01-01',
      address: 'Thôn Đông',
      openingHours: 'Thứ Hai–Thứ Sáu 7:30–17:00',
      services: ['Đọc tại chỗ', 'Mượn về nhà'],
    });
    museum = await institution({
      code: 'PORTAL-BT-01',
      name: 'Bảo tàng Cổng Thông Tin',
      category: 'museum_public',
      parentId: commune,
      validFrom: '2026-01-01',
    });
    const at = (i: Institution) => ({ id: i.id, name: i.name, provinceId: province, communeId: commune });
    const day = { startsAt: '2026-12-05T08:00:00+07:00', endsAt: '2026-12-05T10:00:00+07:00' };
    readingDay = await insertPublicActivity(t.database.db, {
      institution: at(library),
      ...day,
      title: 'Ngày đọc <script>alert(1)</script>',
      observanceCode: 'reading_culture_day',
      audiences: ['children', 'everyone'],
      place: 'Sân thư viện',
      capacity: 30,
    });
    museumClass = await insertPublicActivity(t.database.db, {
      institution: at(museum),
      type: 'class',
      title: 'Lớp vẽ tranh di sản',
      audiences: ['students'],
      startsAt: '2026-12-10T14:00:00+07:00',
      endsAt: '2026-12-10T16:00:00+07:00',
      onlineUrl: 'https://hoc.example.vn/ve',
    });
    small = await insertPublicActivity(t.database.db, {
      institution: at(library),
      ...day,
      type: 'club',
      title: 'Câu lạc bộ một chỗ',
      audiences: ['elderly'],
      capacity: 1,
    });
    cancelled = await insertPublicActivity(t.database.db, {
      institution: at(library),
      ...day,
      title: 'Buổi bị hủy',
      audiences: ['pupils'],
      status: 'cancelled',
      cancelReason: 'Mưa bão',
    });
  });

  it('lists upcoming activities as an accessible page, escaping a title that holds a script', async () => {
    const res = await get('/portal');
    const page = html(res);
    expectAccessiblePage(page);
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('Ngày đọc &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('Lớp vẽ tranh di sản');
    expect(page).toContain('<dd>Trực tuyến</dd>');
    expect(page).toContain('<span class="nw">Thứ Bảy, 05/12/2026</span> <span class="nw">08:00–10:00</span>');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // Every province is offered; communes wait for a province.
    expect(page).toMatch(new RegExp(`<option value="${province}">[^<]*Ninh Bình</option>`));
    expect(page).toMatch(/<select id="f-commune" name="communeId"[^>]* disabled>/);
  });

  it('narrows the list by national day, keyword without diacritics, type, audience, place and dates', async () => {
    const titles = async (query: string) => {
      const page = html(await get(`/portal?${query}`));
      return [...page.matchAll(/<h3><a href="\/portal\/activities\/(\d+)">/g)].map((m) => Number(m[1]));
    };
    expect(await titles('observance=reading_culture_day')).toEqual([readingDay]);
    expect(await titles('q=ve+tranh')).toEqual([museumClass]);
    expect(await titles('q=cong+thong+tin&type=class')).toEqual([museumClass]);
    expect(await titles('audience=children')).toEqual([readingDay]);
    expect(await titles('from=2026-12-08')).toContain(museumClass);
    expect(await titles('from=08%2F12%2F2026')).not.toContain(readingDay);
    expect(await titles(`provinceId=${province}&communeId=${commune}&q=cong+thong+tin`)).toEqual(
      expect.arrayContaining([readingDay, museumClass, small]),
    );
    const withProvince = html(await get(`/portal?provinceId=${province}&communeId=${commune}`));
    expect(withProvince).toMatch(new RegExp(`<option value="${commune}" selected>`));
    expect(withProvince).toContain('<details open>');
    expect(withProvince).toContain(
      `href="/portal/calendar.ics?provinceId=${province}&amp;communeId=${commune}"`,
    );
    const other = await unitId(t, 'province', '01', '2026-01-01');
    expect(await titles(`provinceId=${other}&q=cong+thong+tin`)).toEqual([]);
  });

  it('says which date it could not read, and keeps the rest of the page', async () => {
    const page = html(await get('/portal?from=31%2F02%2F2026'), 400);
    expect(page).toContain('Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm.');
    expectAccessiblePage(page);
  });

  it('serves the iCal feed of the filters and of one activity', async () => {
    const feed = await get('/portal/calendar.ics?observance=reading_culture_day');
    expectStatus(feed, 200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).not.toContain('Lớp vẽ tranh');
    const one = await get(`/portal/activities/${museumClass}/calendar.ics`);
    expect(one.body).toContain('Lớp vẽ tranh di sản');
  });

  it('shows an activity with its institution’s address and hours, and the registration form', async () => {
    const page = html(await get(`/portal/activities/${readingDay}`));
    expectAccessiblePage(page);
    expect(page).toContain('<h1>Ngày đọc &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(page).toContain('Thôn Đông');
    expect(page).toContain('Thứ Hai–Thứ Sáu 7:30–17:00');
    expect(page).toContain(`href="/portal/activities/${readingDay}/calendar.ics"`);
    expect(page).toContain(`action="/portal/activities/${readingDay}"`);
    expect(page).toContain('Nghị định 13/2023/NĐ-CP');
    expect(page).toMatch(/<input type="checkbox" id="f-consent"(?![^>]*checked)[^>]*>/);
  });

  it('says a cancelled activity is cancelled, with the reason, and takes no registration', async () => {
    const page = html(await get(`/portal/activities/${cancelled}`));
    expect(page).toContain('Hoạt động này đã bị hủy.');
    expect(page).toContain('Mưa bão');
    expect(page).not.toContain(`action="/portal/activities/${cancelled}"`);
    const res = await post(`/portal/activities/${cancelled}`, {
      name: 'An',
      contact: '0912345670',
      consent: 'yes',
    });
    expect(html(res, 409)).toContain('Hoạt động đã bị hủy.');
  });

  it('answers an unknown activity or address with the portal’s own 404 page, not the app', async () => {
    for (const url of [
      '/portal/activities/999999',
      '/portal/activities/abc',
      '/portal/khong-co',
      '/portal/registrations/x',
    ]) {
      const page = html(await get(url), 404);
      expect(page).toContain('Không tìm thấy trang');
      expectAccessiblePage(page);
    }
    expect((await get('/portal/')).headers.location).toBe('/portal');
  });

  it('registers and redirects to the registration page with the QR code and the code', async () => {
    const res = await post(`/portal/activities/${readingDay}`, {
      name: '  Nguyễn   Văn An ',
      contact: '0912 345 678',
      consent: 'yes',
      website: '',
    });
    expect(res.statusCode).toBe(303);
    const location = res.headers.location as string;
    expect(location).toMatch(/^\/portal\/registrations\/[A-Za-z0-9_-]{43}$/);
    expect(await registrationsOf(readingDay)).toEqual([{ name: 'Nguyễn Văn An', status: 'confirmed' }]);

    const view = await get(location);
    const page = html(view);
    expectAccessiblePage(page);
    expect(page).toContain('Đã xác nhận chỗ');
    expect(page).toMatch(
      /<figure class="qr" role="img" aria-label="Mã QR của mã đăng ký ([2-9A-Z]{8})"><svg/,
    );
    expect(page).toMatch(/data-testid="registration-code">[2-9A-Z]{8}<\/p>/);
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(view.headers['cache-control']).toBe('no-store');
    expect(view.headers['referrer-policy']).toBe('no-referrer');
  });

  it('gives the form back with the errors beside the fields and the values kept, except the consent', async () => {
    const res = await post(`/portal/activities/${readingDay}`, {
      name: 'Trần Thị <Bình>',
      contact: '12345',
      keepRecord: 'yes',
    });
    const page = html(res, 400);
    expectAccessiblePage(page);
    expect(page).toContain('value="Trần Thị &lt;Bình&gt;"');
    expect(page).toContain('value="12345"');
    expect(page).toMatch(
      /id="f-contact-error">Chưa đúng: hãy nhập một địa chỉ thư điện tử hoặc một số điện thoại Việt Nam\.</,
    );
    expect(page).toContain('<li><a href="#f-consent">Bạn cần đánh dấu đồng ý thì mới đăng ký được.</a></li>');
    expect(page).toMatch(/id="f-keepRecord"[^>]*checked/);
    expect(page).not.toMatch(/id="f-consent"[^>]*checked/);

    const twice = await post(`/portal/activities/${readingDay}`, {
      name: 'An',
      contact: '0912.345.678',
      consent: 'yes',
    });
    expect(html(twice, 409)).toContain('Thông tin liên hệ này đã đăng ký hoạt động');
    expect(await registrationsOf(readingDay)).toHaveLength(1);
  });

  it('keeps nothing when the honeypot is filled in, and still looks like a success to a script', async () => {
    const res = await post(`/portal/activities/${readingDay}`, {
      name: 'Bot',
      contact: 'bot@example.com',
      consent: 'yes',
      website: 'https://spam.example',
    });
    expect(res.statusCode).toBe(303);
    expect((await registrationsOf(readingDay)).map((r) => r.name)).not.toContain('Bot');
  });

  it('shows the learner record link once, through a cookie only that page receives', async () => {
    const res = await post(`/portal/activities/${museumClass}`, {
      name: 'Lê Hoa',
      contact: 'hoa@example.com',
      consent: 'yes',
      keepRecord: 'yes',
    });
    expect(res.statusCode).toBe(303);
    const location = res.headers.location as string;
    const cookie = res.cookies.find((c) => c.name === 'portal_learner')!;
    expect(cookie.path).toBe(location);
    expect(cookie.httpOnly).toBe(true);
    expect(location).not.toContain(cookie.value);

    const first = await get(location, { portal_learner: cookie.value });
    const page = html(first);
    expect(page).toContain(`/portal/learners/${cookie.value}`);
    expect(first.cookies.find((c) => c.name === 'portal_learner')?.value).toBe('');
    expect(html(await get(location))).not.toContain('/portal/learners/');

    const record = html(await get(`/portal/learners/${cookie.value}`));
    expectAccessiblePage(record);
    expect(record).toContain('Hồ sơ học tập (Công dân học tập)');
    expect(record).toContain(`href="/portal/learners/${cookie.value}/record.pdf"`);
    const pdf = await get(`/portal/learners/${cookie.value}/record.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');

    const ask = html(await post(`/portal/learners/${cookie.value}/delete`, {}));
    expect(ask).toContain('Xóa hồ sơ học tập?');
    const done = await post(`/portal/learners/${cookie.value}/delete`, { confirm: 'yes' });
    expect(done.statusCode).toBe(303);
    expect(html(await get(done.headers.location as string))).toContain('Dữ liệu đã được xóa');
    html(await get(`/portal/learners/${cookie.value}`), 404);
  });

  it('puts the second person on the waitlist, and cancelling after a confirm step promotes them', async () => {
    const first = await post(`/portal/activities/${small}`, {
      name: 'Một',
      contact: '0981111111',
      consent: 'yes',
    });
    const second = await post(`/portal/activities/${small}`, {
      name: 'Hai',
      contact: '0982222222',
      consent: 'yes',
    });
    const secondPage = html(await get(second.headers.location as string));
    expect(secondPage).toContain('Đang trong danh sách chờ, vị trí số 1');

    const firstUrl = first.headers.location as string;
    const ask = html(await post(`${firstUrl}/cancel`, {}));
    expect(ask).toContain('Hủy đăng ký?');
    expect(ask).toContain('<input type="hidden" name="confirm" value="yes">');
    expect((await registrationsOf(small)).map((r) => r.status)).toEqual(['confirmed', 'waitlisted']);

    const done = await post(`${firstUrl}/cancel`, { confirm: 'yes' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(firstUrl);
    const cancelledPage = html(await get(firstUrl));
    expect(cancelledPage).toContain('Đã hủy đăng ký');
    expect(cancelledPage).not.toContain('<figure class="qr"');
    expect(html(await get(second.headers.location as string))).toContain('Đã xác nhận chỗ');
  });

  it('answers too many registrations from one address with a page, not JSON', async () => {
    const ip = randomIp();
    for (let i = 0; i < 10; i++) html(await post(`/portal/activities/${readingDay}`, {}, { ip }), 400);
    const page = html(await post(`/portal/activities/${readingDay}`, {}, { ip }), 429);
    expect(page).toContain('Quá nhiều yêu cầu; vui lòng thử lại sau.');
    expectAccessiblePage(page);
  });

  it('refuses a form posted from another site', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/portal/activities/${readingDay}`,
      payload: 'name=X&contact=0911111111&consent=yes',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      remoteAddress: randomIp(),
    });
    html(res, 403);
  });

  it('speaks English with ?lang=en, remembers it in the lang cookie, and keeps Vietnamese the default', async () => {
    const res = await get(`/portal/activities/${readingDay}?lang=en`);
    const page = html(res);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Vietnam Book and Reading Culture Day');
    expect(page).toContain('I have read and agree to the above');
    expect(page).toContain('I agree that the institution running this activity');
    expect(res.cookies.find((c) => c.name === 'lang')?.value).toBe('en');

    const list = html(await get('/portal', { lang: 'en' }));
    expect(list).toContain('Lifelong-learning activities');
    const errors = html(
      await post(`/portal/activities/${readingDay}`, { name: '', contact: '' }, { cookies: { lang: 'en' } }),
      400,
    );
    expect(errors).toContain('Enter your full name.');
    expect(errors).toContain('Tick the consent box to register.');

    const accept = await t.app.inject({
      method: 'GET',
      url: '/portal',
      headers: { 'accept-language': 'en-US' },
    });
    expect(accept.body).toContain('<html lang="vi">');
  });

  it('lists institutions with hours and services, an institution’s page, and the resources catalogue', async () => {
    const directory = html(await get('/portal/institutions?q=cong+thong+tin'));
    expectAccessiblePage(directory);
    expect(directory).toContain('Thư viện xã Cổng Thông Tin');
    expect(directory).toContain('Thứ Hai–Thứ Sáu 7:30–17:00');
    expect(directory).toContain('Đọc tại chỗ, Mượn về nhà');
    expect(html(await get('/portal/institutions?q=cong+thong+tin&category=museum_public'))).not.toContain(
      'Thư viện xã Cổng Thông Tin',
    );
    const detail = html(await get(`/portal/institutions/${library.id}`));
    expectAccessiblePage(detail);
    expect(detail).toContain('Câu lạc bộ một chỗ');
    html(await get('/portal/institutions/999999'), 404);
    const resources = html(await get('/portal/resources'));
    expectAccessiblePage(resources);
  });

  it('serves its style sheet for a year, and keeps its pages out of the API document', async () => {
    const page = html(await get('/portal'));
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(page)![1]!;
    const css = await get(href);
    expectStatus(css, 200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toContain('immutable');
    expect(
      Object.keys((t.app.swagger() as { paths: object }).paths).filter((p) => p.startsWith('/portal')),
    ).toEqual([]);
  });
});

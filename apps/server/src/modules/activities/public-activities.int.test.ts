import {
  type Activity,
  compareVi,
  type PublicActivity,
  type PublicActivityPage,
  type PublicInstitutionDetail,
  type PublicInstitutionPage,
  type PublicPlace,
  type PublicResourcePage,
} from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import {
  activityInput,
  clock,
  createActivity,
  expectOk,
  insertRegistrations,
  patchActivity,
  signInAt,
  useActivitiesWorld,
} from './activities-test-support';
import { bumpActivitiesVersion } from './activities-version';

const t = useTestApp({ clock });
const w = useActivitiesWorld(t);

/** GET without any session: what anyone on the portal gets. */
async function publicGet(url: string, status = 200) {
  const res = await t.app.inject({ method: 'GET', url });
  expectOk(res, status);
  return res;
}
const page = async (query = '') =>
  (await publicGet(`/api/public/activities${query}`)).json() as PublicActivityPage;
const titles = async (query = '') => (await page(query)).items.map((a) => a.title);

let reading: Activity;
let weekly: Activity;
let museumDay: Activity;
let draft: Activity;
let ended: Activity;
let cancelled: Activity;
let other: Activity;

beforeAll(async () => {
  // Now is Monday 1/3/2027, 10:00 in Vietnam.
  reading = await createActivity(
    w.staff,
    activityInput(w.library, {
      type: 'reading_session',
      title: 'Ngày Sách và Văn hóa đọc tại Thư viện xã',
      observanceCode: 'reading_culture_day',
      audiences: ['children', 'pupils'],
      startsAt: '2027-04-21T08:00:00+07:00',
      endsAt: '2027-04-21T11:00:00+07:00',
      capacity: 2,
      status: 'published',
    }),
  );
  weekly = await createActivity(
    w.staff,
    activityInput(w.library, {
      type: 'class',
      title: 'Lớp tiếng Anh',
      description: 'Cho người lớn tuổi',
      audiences: ['elderly'],
      recurrence: { freq: 'weekly', byWeekday: [2, 4], count: 6 },
      capacity: null,
      status: 'published',
    }),
  );
  museumDay = await createActivity(
    w.museumStaff,
    activityInput(w.museum, {
      type: 'exhibition',
      title: 'Trưng bày cổ vật',
      observanceCode: 'international_museum_day',
      audiences: ['everyone'],
      startsAt: '2027-05-18T08:00:00+07:00',
      endsAt: '2027-05-18T17:00:00+07:00',
      requiresRegistration: false,
      capacity: null,
      status: 'published',
    }),
  );
  draft = await createActivity(w.staff, activityInput(w.library, { title: 'Bản nháp bí mật' }));
  // Ended yesterday (28/2).
  ended = await createActivity(
    w.staff,
    activityInput(w.library, {
      title: 'Đã kết thúc',
      startsAt: '2027-02-28T08:00:00+07:00',
      endsAt: '2027-02-28T10:00:00+07:00',
      status: 'published',
    }),
  );
  const toCancel = await createActivity(
    w.staff,
    activityInput(w.library, {
      title: 'Buổi kể chuyện bị hủy',
      startsAt: '2027-03-05T08:00:00+07:00',
      endsAt: '2027-03-05T10:00:00+07:00',
      status: 'published',
    }),
  );
  const res = await w.staff.request({
    method: 'POST',
    url: `/api/activities/${toCancel.id}/cancel`,
    payload: { reason: 'Mưa bão', version: toCancel.version },
  });
  expectOk(res);
  cancelled = res.json();
  other = await createActivity(
    w.admin,
    activityInput(w.otherLibrary, {
      title: 'Thư viện tỉnh B mở cửa',
      startsAt: '2027-03-03T08:00:00+07:00',
      endsAt: '2027-03-03T10:00:00+07:00',
      status: 'published',
    }),
  );
  await insertRegistrations(t, reading.id, [
    { contact: 'a@example.vn', status: 'confirmed' },
    { contact: 'b@example.vn', status: 'confirmed' },
    { contact: 'c@example.vn', status: 'waitlisted' },
  ]);
});

describe('listPublicActivities', () => {
  it('lists what is published and not over, the cancelled flagged, by next session; never drafts', async () => {
    const all = await page();
    expect(all.items.map((a) => a.title)).toEqual([
      'Lớp tiếng Anh',
      'Thư viện tỉnh B mở cửa',
      'Buổi kể chuyện bị hủy',
      'Ngày Sách và Văn hóa đọc tại Thư viện xã',
      'Trưng bày cổ vật',
    ]);
    expect(all.total).toBe(5);
    expect(all.items.find((a) => a.id === cancelled.id)).toMatchObject({
      status: 'cancelled',
      registration: 'closed',
    });
    expect(all.items.map((a) => a.id)).not.toContain(draft.id);
    expect(all.items.map((a) => a.id)).not.toContain(ended.id);
  });

  it('orders a weekly class by its next session, showing the next ten at most', async () => {
    // From Friday 5/3 the class's next session is Tuesday 9/3.
    const later = await page('?from=2027-03-05');
    expect(later.items.map((a) => a.title).slice(0, 2)).toEqual(['Buổi kể chuyện bị hủy', 'Lớp tiếng Anh']);
    const klass = later.items.find((a) => a.id === weekly.id)!;
    expect(klass.sessions.map((s) => s.startsAt)).toEqual(weekly.sessions.slice(2).map((s) => s.startsAt));
  });

  it('computes places left and the registration state', async () => {
    const all = await page();
    expect(all.items.find((a) => a.id === reading.id)).toMatchObject({
      capacity: 2,
      placesLeft: 0,
      registration: 'full_waitlist',
      observance: { code: 'reading_culture_day', name: 'Ngày Sách và Văn hóa đọc Việt Nam' },
      institution: {
        id: w.library,
        name: 'Thư viện xã A1',
        communeName: 'An Bình',
        provinceName: 'Thử Nghiệm A',
      },
    });
    expect(all.items.find((a) => a.id === weekly.id)).toMatchObject({
      placesLeft: null,
      registration: 'open',
    });
    expect(all.items.find((a) => a.id === museumDay.id)!.registration).toBe('walk_in');
  });

  it('filters by province, commune, type, audience, national day and dates', async () => {
    expect(await titles(`?provinceId=${w.f.provinceB}`)).toEqual(['Thư viện tỉnh B mở cửa']);
    expect((await titles(`?communeId=${w.f.communeA1}`)).length).toBe(4);
    expect(await titles('?type=exhibition')).toEqual(['Trưng bày cổ vật']);
    // For children: what is for children, and what is for everyone; not the class for the elderly.
    const forChildren = await titles('?audience=children');
    expect(forChildren).toContain('Ngày Sách và Văn hóa đọc tại Thư viện xã');
    expect(forChildren).toContain('Trưng bày cổ vật');
    expect(forChildren).not.toContain('Lớp tiếng Anh');
    expect(await titles('?audience=elderly')).toContain('Lớp tiếng Anh');
    expect(await titles('?observance=reading_culture_day')).toEqual([
      'Ngày Sách và Văn hóa đọc tại Thư viện xã',
    ]);
    expect(await titles('?from=2027-04-01&to=2027-04-30')).toEqual([
      'Ngày Sách và Văn hóa đọc tại Thư viện xã',
    ]);
  });

  it('finds words without their diacritics, in the title, description, place and institution', async () => {
    expect(await titles('?q=ngay%20sach')).toEqual(['Ngày Sách và Văn hóa đọc tại Thư viện xã']);
    expect(await titles(`?q=thu%20vien&provinceId=${w.f.provinceB}`)).toEqual(['Thư viện tỉnh B mở cửa']);
    expect(await titles('?q=THƯ%20VIỆN%20TỈNH')).toEqual(['Thư viện tỉnh B mở cửa']);
    expect(await titles('?q=nguoi%20lon%20tuoi')).toEqual(['Lớp tiếng Anh']);
    expect((await titles('?q=bao%20tang%20a1')).length).toBe(1);
    expect(await titles('?q=50%25')).toEqual([]);
  });

  it('pages', async () => {
    const first = await page('?pageSize=2');
    const second = await page('?pageSize=2&page=2');
    expect(first.items).toHaveLength(2);
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.items[0]!.title).toBe('Buổi kể chuyện bị hủy');
  });

  it('answers JSON text, and keeps it until a write bumps the version', async () => {
    const res = await publicGet('/api/public/activities?type=talk');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.json().total).toBe(2);
    // Written behind the API's back, without the bump: the kept answer stands.
    await t.database.db.execute(sql`update activities set title = 'Đổi thầm' where id = ${other.id}`);
    expect((await publicGet('/api/public/activities?type=talk')).body).toBe(res.body);
    await bumpActivitiesVersion(t.database.db);
    expect((await page('?type=talk')).items.map((a) => a.title)).toContain('Đổi thầm');
    await t.database.db.execute(
      sql`update activities set title = 'Thư viện tỉnh B mở cửa' where id = ${other.id}`,
    );
    await bumpActivitiesVersion(t.database.db);
  });

  it('shows a new activity as soon as it is published through the API', async () => {
    expect(await titles('?q=hoi%20sach')).toEqual([]);
    const created = await createActivity(
      w.staff,
      activityInput(w.library, {
        title: 'Hội sách mùa xuân',
        startsAt: '2027-03-20T08:00:00+07:00',
        endsAt: '2027-03-20T11:00:00+07:00',
      }),
    );
    expect(await titles('?q=hoi%20sach')).toEqual([]);
    expectOk(await patchActivity(w.staff, created.id, { status: 'published', version: created.version }));
    expect(await titles('?q=hoi%20sach')).toEqual(['Hội sách mùa xuân']);
  });

  it('refuses unknown filters with the field named', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/activities?type=party' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('querystring.type');
  });
});

describe('getPublicActivity', () => {
  it('answers a published or cancelled activity, and NOT_FOUND for a draft', async () => {
    const got = (await publicGet(`/api/public/activities/${reading.id}`)).json() as PublicActivity;
    expect(got).toMatchObject({ id: reading.id, title: reading.title, registration: 'full_waitlist' });
    const gone = (await publicGet(`/api/public/activities/${cancelled.id}`)).json() as PublicActivity;
    expect(gone.status).toBe('cancelled');
    await publicGet(`/api/public/activities/${draft.id}`, 404);
    await publicGet('/api/public/activities/999999', 404);
  });
});

describe('activity iCal', () => {
  it('gives one event per session at Vietnam’s wall time, with stable UIDs', async () => {
    const res = await publicGet(`/api/public/activities/${weekly.id}/ical`);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = res.body;
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh');
    expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20270302T080000');
    expect(text).toContain('DTEND;TZID=Asia/Ho_Chi_Minh:20270302T100000');
    expect(text).toContain(`UID:activity-${weekly.id}-session-${weekly.sessions[0]!.id}@suotdoi`);
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    expect((await publicGet(`/api/public/activities/${weekly.id}/ical`)).body).toBe(text);
    await publicGet(`/api/public/activities/${draft.id}/ical`, 404);
  });

  it('feeds the listing with its filters, a cancelled session marked', async () => {
    const text = (await publicGet(`/api/public/activities.ics?provinceId=${w.f.provinceA}`)).body;
    expect(text).toContain('SUMMARY:Lớp tiếng Anh');
    expect(text).toContain('SUMMARY:[ĐÃ HỦY] Buổi kể chuyện bị hủy');
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).not.toContain('Thư viện tỉnh B');
    expect(text).not.toContain('Bản nháp');
  });
});

describe('listPlaces', () => {
  it('lists today’s provinces, and a province’s communes, in Vietnamese order', async () => {
    const provinces = (await publicGet('/api/public/places')).json() as PublicPlace[];
    expect(provinces.map((p) => p.id)).toContain(w.f.provinceA);
    const names = provinces.map((p) => p.name);
    expect(names).toEqual([...names].sort(compareVi));
    const communes = (
      await publicGet(`/api/public/places?provinceId=${w.f.provinceA}`)
    ).json() as PublicPlace[];
    expect(communes.map((c) => c.name)).toEqual(['An Bình', 'Đông Hòa']);
  });
});

describe('the institution directory', () => {
  beforeAll(async () => {
    expectOk(
      await w.staff.request({
        method: 'POST',
        url: `/api/institutions/${w.library}/resources`,
        payload: {
          kind: 'ebook',
          title: 'Tủ sách điện tử',
          url: 'https://example.vn/sach',
          audiences: ['pupils'],
        },
      }),
      201,
    );
  });

  it('finds institutions by province, commune, category and words without diacritics', async () => {
    const inA = (
      await publicGet(`/api/public/institutions?provinceId=${w.f.provinceA}`)
    ).json() as PublicInstitutionPage;
    expect(inA.items.map((i) => i.name)).toEqual(['Bảo tàng A1', 'Thư viện xã A1']);
    expect(inA.items[1]).toMatchObject({
      communeName: 'An Bình',
      provinceName: 'Thử Nghiệm A',
      services: [],
    });
    const found = (
      await publicGet('/api/public/institutions?q=thu%20vien%20xa%20b1')
    ).json() as PublicInstitutionPage;
    expect(found.items.map((i) => i.id)).toEqual([w.otherLibrary]);
    const museums = (
      await publicGet(`/api/public/institutions?communeId=${w.f.communeA1}&category=museum_public`)
    ).json() as PublicInstitutionPage;
    expect(museums.items.map((i) => i.id)).toEqual([w.museum]);
  });

  it('shows an institution with its upcoming activities and resources', async () => {
    const detail = (
      await publicGet(`/api/public/institutions/${w.library}`)
    ).json() as PublicInstitutionDetail;
    expect(detail.institution.name).toBe('Thư viện xã A1');
    expect(detail.activities.map((a) => a.id)).toContain(reading.id);
    expect(detail.activities.map((a) => a.id)).not.toContain(draft.id);
    expect(detail.resources.map((r) => r.title)).toEqual(['Tủ sách điện tử']);
    await publicGet(`/api/public/institutions/${w.f.communeA1}`, 404);
  });

  it('catalogues the resources by province, kind and words', async () => {
    const byKind = (await publicGet('/api/public/resources?kind=ebook')).json() as PublicResourcePage;
    expect(byKind.items.map((r) => r.title)).toContain('Tủ sách điện tử');
    const none = (
      await publicGet(`/api/public/resources?provinceId=${w.f.provinceB}`)
    ).json() as PublicResourcePage;
    expect(none).toMatchObject({ items: [], total: 0 });
    const words = (
      await publicGet('/api/public/resources?q=tu%20sach%20dien%20tu')
    ).json() as PublicResourcePage;
    expect(words.items[0]).toMatchObject({ institutionName: 'Thư viện xã A1', audiences: ['pupils'] });
  });
});

describe('digital resources for staff', () => {
  it('are kept by staff of the institution, audited, and refused to others', async () => {
    const created = await w.museumStaff.request({
      method: 'POST',
      url: `/api/institutions/${w.museum}/resources`,
      payload: { kind: 'virtual_exhibition', title: 'Bảo tàng ảo', url: 'https://example.vn/ao' },
    });
    expectOk(created, 201);
    const id = created.json().id as number;
    const changed = await w.museumStaff.request({
      method: 'PATCH',
      url: `/api/institutions/${w.museum}/resources/${id}`,
      payload: { title: 'Bảo tàng ảo 3D' },
    });
    expectOk(changed);
    expect(changed.json()).toMatchObject({
      title: 'Bảo tàng ảo 3D',
      kind: 'virtual_exhibition',
      audiences: [],
    });
    // Another institution's staff (who cannot see the museum), a viewer of the commune, and the wrong
    // institution in the path.
    const refused = await w.staff.request({
      method: 'PATCH',
      url: `/api/institutions/${w.museum}/resources/${id}`,
      payload: { title: 'X' },
    });
    expect(refused.statusCode).toBe(404);
    const viewer = await signInAt(t, [{ role: 'viewer', unitId: w.f.communeA1 }]);
    const forbidden = await viewer.request({
      method: 'PATCH',
      url: `/api/institutions/${w.museum}/resources/${id}`,
      payload: { title: 'X' },
    });
    expect(forbidden.statusCode).toBe(403);
    const wrongPath = await w.staff.request({
      method: 'DELETE',
      url: `/api/institutions/${w.library}/resources/${id}`,
    });
    expect(wrongPath.statusCode).toBe(404);
    const outsider = await w.outsider.request({
      method: 'GET',
      url: `/api/institutions/${w.museum}/resources`,
    });
    expect(outsider.statusCode).toBe(404);
    expectOk(
      await w.museumStaff.request({ method: 'DELETE', url: `/api/institutions/${w.museum}/resources/${id}` }),
    );
    const audit = await t.database.db.execute<{ action: string }>(
      sql`select action from audit_entries where entity = 'digital_resource' and entity_id = ${String(id)} order by id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'resource.create',
      'resource.update',
      'resource.delete',
    ]);
  });
});

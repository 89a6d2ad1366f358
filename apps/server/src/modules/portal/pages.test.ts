import type { Lang } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { activitiesPage } from './activities-page';
import { activityPage } from './activity-page';
import { trustedHtml } from './html';
import type { PageContext } from './layout';
import { deleteConfirmPage, learnerPage } from './learner-page';
import { expectAccessiblePage, publicActivity } from './portal-test-support';
import { cancelConfirmPage, registrationPage } from './registration-page';

const ctx = (lang: Lang = 'vi', query = ''): PageContext => ({
  lang,
  path: '/portal',
  query: new URLSearchParams(query),
  observances: new Map([
    [
      'reading_culture_day',
      { vi: 'Ngày Sách và Văn hóa đọc Việt Nam', en: 'Vietnam Book and Reading Culture Day' },
    ],
  ]),
});
const consent = { registration: 'Tôi đồng ý …', keepRecord: 'Tôi muốn lưu hồ sơ …' };
const emptyPage = { items: [], total: 0, page: 1, pageSize: 20 };

describe('activitiesPage', () => {
  it('shows each activity as a card with its time in Vietnam, place, audience and national day', () => {
    const page = activitiesPage(ctx(), {
      filters: { page: 1 },
      errors: {},
      result: { items: [publicActivity()], total: 1, page: 1, pageSize: 20 },
      provinces: [{ value: '1', label: 'Ninh Bình' }],
      communes: [],
    });
    expectAccessiblePage(page);
    expect(page).toContain('<span class="nw">Thứ Tư, 21/04/2027</span> <span class="nw">08:00–10:00</span>');
    expect(page).toContain('Sân thư viện');
    expect(page).toContain('Thiếu nhi, Mọi người');
    expect(page).toContain('<li class="badge day">Ngày Sách và Văn hóa đọc Việt Nam</li>');
    expect(page).toContain('Còn 12 chỗ');
    expect(page).toContain('href="/portal/calendar.ics"');
  });

  it('says "online" for an activity without a place, and how one can still join', () => {
    const states = [
      publicActivity({
        id: 1,
        place: null,
        onlineUrl: 'https://meet.example/x',
        registration: 'full_waitlist',
      }),
      publicActivity({ id: 2, registration: 'walk_in' }),
      publicActivity({ id: 3, registration: 'closed' }),
    ];
    const page = activitiesPage(ctx(), {
      filters: { page: 1 },
      errors: {},
      result: { items: states, total: 3, page: 1, pageSize: 20 },
      provinces: [],
      communes: [],
    });
    expect(page).toContain('<dd>Trực tuyến</dd>');
    expect(page).toContain('Hết chỗ, nhận danh sách chờ');
    expect(page).toContain('Không cần đăng ký, đến trực tiếp');
    expect(page).toContain('Đã đóng đăng ký');
  });

  it('keeps the filters in the form, the pager and the iCal link, and opens the filters when one is set', () => {
    const page = activitiesPage(ctx(), {
      filters: { observance: 'reading_culture_day', q: 'thu vien', from: '2027-04-01', page: 2 },
      errors: {},
      result: { items: [publicActivity()], total: 45, page: 2, pageSize: 20 },
      provinces: [],
      communes: [],
    });
    expect(page).toContain('<details open>');
    expect(page).toContain('<option value="reading_culture_day" selected>');
    expect(page).toContain('value="thu vien"');
    expect(page).toContain('value="2027-04-01"');
    expect(page).toContain(
      'href="/portal/calendar.ics?q=thu+vien&amp;observance=reading_culture_day&amp;from=2027-04-01"',
    );
    expect(page).toContain(
      'href="/portal?q=thu+vien&amp;observance=reading_culture_day&amp;from=2027-04-01"',
    );
    expect(page).toContain('page=3');
    expect(page).toContain('Trang 2/3');
  });

  it('asks for a province before the communes, and says which date it could not read', () => {
    const page = activitiesPage(ctx(), {
      filters: { page: 1 },
      errors: { to: true },
      result: emptyPage,
      provinces: [],
      communes: [],
    });
    expect(page).toMatch(
      /<select id="f-commune" name="communeId" aria-describedby="f-commune-hint" disabled>/,
    );
    expect(page).toContain('id="f-to" name="to" value="" aria-describedby="f-to-error" aria-invalid="true"');
    expect(page).toContain('Không có hoạt động nào khớp bộ lọc.');
  });

  it('speaks English when asked, and links back to Vietnamese', () => {
    const page = activitiesPage(ctx('en', 'q=x'), {
      filters: { page: 1 },
      errors: {},
      result: { items: [publicActivity()], total: 1, page: 1, pageSize: 20 },
      provinces: [],
      communes: [],
    });
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Lifelong-learning activities');
    expect(page).toContain(
      '<span class="nw">Wednesday, 21/04/2027</span> <span class="nw">08:00–10:00</span>',
    );
    expect(page).toContain('Vietnam Book and Reading Culture Day');
    expect(page).toContain('href="/portal?q=x&amp;lang=vi" lang="vi" hreflang="vi">Tiếng Việt</a>');
  });
});

describe('activityPage', () => {
  it('escapes what staff typed', () => {
    const page = activityPage(ctx(), {
      activity: publicActivity({ title: '<script>alert(1)</script>', description: 'a "b" <i>c</i>' }),
      institution: null,
      consent,
    });
    expectAccessiblePage(page);
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('a &quot;b&quot; &lt;i&gt;c&lt;/i&gt;');
  });

  it('offers the form with an unticked consent box, the consent text and a hidden honeypot', () => {
    const page = activityPage(ctx(), { activity: publicActivity(), institution: null, consent });
    expect(page).toContain('<form class="panel" method="post" action="/portal/activities/7" novalidate>');
    expect(page).toMatch(/<input type="checkbox" id="f-consent" name="consent" value="yes" required[^>]*>/);
    expect(page).not.toMatch(/id="f-consent"[^>]*checked/);
    expect(page).toContain('Tôi đồng ý …');
    expect(page).toContain(
      '<div class="hp" aria-hidden="true">\n<label for="f-website">Để trống ô này</label>\n<input type="text" id="f-website" name="website" value="" tabindex="-1" autocomplete="off">',
    );
  });

  it('puts each error next to its field, keeps the values, and never ticks the consent again', () => {
    const page = activityPage(ctx(), {
      activity: publicActivity(),
      institution: null,
      consent,
      values: { name: 'Lan <b>', contact: '0912', keepRecord: true },
      errors: { contact: 'Số sai', consent: 'Cần đồng ý' },
    });
    expectAccessiblePage(page);
    expect(page).toContain('<title>Lỗi: Ngày hội đọc sách');
    expect(page).toContain('value="Lan &lt;b&gt;"');
    expect(page).toMatch(
      /<span class="field-error" id="f-contact-error">Số sai<\/span>\n<input[^>]*value="0912"[^>]*aria-invalid="true"/,
    );
    expect(page).toContain('<li><a href="#f-consent">Cần đồng ý</a></li>');
    expect(page).toMatch(/id="f-keepRecord"[^>]*checked/);
    expect(page).not.toMatch(/id="f-consent"[^>]*checked/);
  });

  it('says a cancelled activity is cancelled, with the reason, and offers no form', () => {
    const page = activityPage(ctx(), {
      activity: {
        ...publicActivity({ status: 'cancelled', registration: 'closed' }),
        cancelReason: 'Mưa bão',
      },
      institution: null,
      consent,
    });
    expect(page).toContain('Hoạt động này đã bị hủy.');
    expect(page).toContain('Lý do: Mưa bão');
    expect(page).not.toContain('<form class="panel" method="post"');
  });

  it('lists every session and the institution’s opening hours', () => {
    const page = activityPage(ctx(), {
      activity: publicActivity({
        sessions: [
          { id: 1, startsAt: '2027-04-21T01:00:00Z', endsAt: '2027-04-21T03:00:00Z' },
          { id: 2, startsAt: '2027-04-28T01:00:00Z', endsAt: '2027-04-28T03:00:00Z' },
        ],
      }),
      institution: {
        id: 3,
        code: 'TV',
        name: 'Thư viện xã An Bình',
        category: 'library_commune',
        address: 'Thôn 2',
        phone: '0229 3871 234',
        email: null,
        website: null,
        openingHours: 'Thứ Hai–Thứ Sáu 7:30–17:00',
        services: [],
        communeName: 'Xã An Bình',
        provinceName: 'Tỉnh Ninh Bình',
      },
      consent,
    });
    expect(page).toContain('<span class="nw">Thứ Tư, 28/04/2027</span>');
    expect(page).toContain('Thứ Hai–Thứ Sáu 7:30–17:00');
    expect(page).toContain('href="tel:02293871234"');
    expect(page).toContain('href="/portal/activities/7/calendar.ics"');
  });
});

describe('registrationPage', () => {
  const registration = {
    status: 'waitlisted' as const,
    code: 'AB23CD45',
    position: 3,
    name: 'Lan',
    activity: {
      id: 7,
      title: 'Ngày hội đọc sách',
      startsAt: '2027-04-21T01:00:00Z',
      endsAt: '2027-04-21T03:00:00Z',
      place: null,
      onlineUrl: null,
      institutionName: 'Thư viện',
      status: 'published' as const,
      cancelReason: null,
    },
    checkedIn: false,
  };

  it('shows the waitlist place, the QR code, the code, the learner link once and the cancel form', () => {
    const page = registrationPage(ctx(), {
      token: 'tok_tok_tok_tok_tok_tok_tok',
      registration,
      qr: trustedHtml('<svg viewBox="0 0 1 1"></svg>'),
      learnerHref: 'http://x/portal/learners/abc',
    });
    expectAccessiblePage(page);
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain('Đang trong danh sách chờ, vị trí số 3');
    expect(page).toContain('<figure class="qr" role="img" aria-label="Mã QR của mã đăng ký AB23CD45"><svg');
    expect(page).toContain('>AB23CD45</p>');
    expect(page).toContain('href="http://x/portal/learners/abc"');
    expect(page).toContain('action="/portal/registrations/tok_tok_tok_tok_tok_tok_tok/cancel"');
  });

  it('offers no QR and no cancelling once cancelled', () => {
    const page = registrationPage(ctx(), {
      token: 'tok_tok_tok_tok_tok_tok_tok',
      registration: { ...registration, status: 'cancelled', position: null },
      qr: null,
      learnerHref: null,
    });
    expect(page).toContain('Đã hủy đăng ký');
    expect(page).not.toContain('<figure');
    expect(page).not.toContain('/cancel"');
  });

  it('asks before cancelling, with a second POST', () => {
    const page = cancelConfirmPage(ctx(), { token: 'tok_tok_tok_tok_tok_tok_tok', title: 'X' });
    expectAccessiblePage(page);
    expect(page).toContain('<input type="hidden" name="confirm" value="yes">');
  });
});

describe('learnerPage', () => {
  it('lists the activities with hours and the total, the PDF and deletion', () => {
    const page = learnerPage(ctx(), {
      token: 'tok_tok_tok_tok_tok_tok_tok',
      record: {
        name: 'Lan',
        activities: [
          {
            title: 'Đọc sách',
            institutionName: 'Thư viện',
            type: 'reading_session',
            startsAt: '2027-04-21T01:00:00Z',
            sessionsAttended: 1,
            hours: 2,
          },
          {
            title: 'Lớp tin học',
            institutionName: 'Trung tâm',
            type: 'class',
            startsAt: '2027-05-02T01:00:00Z',
            sessionsAttended: 3,
            hours: 4.5,
          },
        ],
        totalHours: 6.5,
      },
    });
    expectAccessiblePage(page);
    expect(page).toContain('<td class="num"><strong>6,5</strong></td>');
    expect(page).toContain('href="/portal/learners/tok_tok_tok_tok_tok_tok_tok/record.pdf"');
    expect(page).toContain('action="/portal/learners/tok_tok_tok_tok_tok_tok_tok/delete"');
    expectAccessiblePage(deleteConfirmPage(ctx(), { token: 'tok_tok_tok_tok_tok_tok_tok' }));
  });
});

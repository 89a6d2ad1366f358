import type { Institution, RestructuringEvent, Unit, User } from '@suotdoi/shared';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertActivity } from '../modules/activities/completion-test-support';
import { insertActivity as insertRegistrationActivity } from '../modules/activities/registrations/registrations-test-support';
import { multipart } from '../modules/plans/plans-test-support';
import { fixedClock, getJson, unitId, useAdminApp } from '../modules/units/units-test-support';
import { type Client, signInAs } from './test-users';

/**
 * "A commune officer cannot read or change anything outside their commune", checked on every route the API
 * documents. The table below must name every route: a new route without a row fails this test until its
 * author says how it keeps to scope.
 */
/** The text of a JSON body, or of every cell of an .xlsx body. */
async function readableText(body: Buffer): Promise<string> {
  if (body.subarray(0, 2).toString() !== 'PK') return body.toString('utf8');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const ws of wb.worksheets) ws.eachRow((r) => r.eachCell((c) => cells.push(String(c.text))));
  return cells.join('\n');
}

/**
 * `shared`: readable by every signed-in person whatever their scope. Plans, their targets, tasks, progress and
 * the catalogue are public documents within the system (a commune compares its targets with another
 * province's); every write on them is scoped and has a `denied` row.
 */
type Verdict = 'denied' | 'not-listed' | 'self-only' | 'public' | 'shared';
interface Row {
  verdict: Verdict;
  url: () => string;
  body?: () => unknown;
  /** For `not-listed`: the response must not mention this text. */
  absent?: () => string;
}

describe('a commune officer on every documented route', () => {
  const { t, admin } = useAdminApp({ clock: fixedClock });
  let officer: Client;
  let own: Unit;
  let other: Unit;
  let otherProvince: number;
  let institution: Institution;
  let otherUser: User;
  let event: RestructuringEvent;
  let issueId: number;
  /** A plan, a target and a task far from the officer's commune (Lào Cai's plan). */
  let farPlan: number;
  let farTarget: number;
  let farTask: number;
  /** A report of the Hà Nội library (drafted by the administrator) and its evidence file. */
  let farReport: { id: number; version: number; status: string };
  let farAttachment: number;
  /** Hà Nội's published annual report. */
  let farPublished: { id: number; contentHash: string };

  beforeAll(async () => {
    const ninhBinh = await unitId(t, 'province', '37', '2026-01-01');
    otherProvince = await unitId(t, 'province', '01', '2026-01-01');
    own = (await getJson<Unit[]>(admin, `/api/units/${ninhBinh}/children`)).find(
      (u) => u.level === 'commune',
    )!;
    other = (await getJson<Unit[]>(admin, `/api/units/${otherProvince}/children`)).find(
      (u) => u.level === 'commune',
    )!;
    const created = await admin.request({
      method: 'POST',
      url: '/api/institutions',
      payload: {
        code: 'SCOPE-HN-01',
        name: 'Thư viện phường ngoài phạm vi',
        category: 'library_commune',
        parentId: other.id,
        validFrom: '2026-01-01',
      },
    });
    expect(created.statusCode).toBe(201);
    institution = created.json();
    const user = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'scope.hanoi',
        displayName: 'Cán bộ Hà Nội',
        password: 'a-long-password-1',
        roles: [{ role: 'commune_officer', unitId: other.id }],
      },
    });
    expect(user.statusCode).toBe(201);
    otherUser = user.json();
    event = (await getJson<RestructuringEvent[]>(admin, `/api/restructuring-events?unitId=${other.id}`))[0]!;
    issueId = (await getJson<{ items: { id: number }[] }>(admin, '/api/data-quality?pageSize=1')).items[0]!
      .id;
    officer = await signInAs(t, [{ role: 'commune_officer', unitId: own.id }]);
    farPlan = (await getJson<{ id: number; key: string }[]>(admin, '/api/plans')).find(
      (p) => p.key === 'lao-cai-2023',
    )!.id;
    farTarget = (await getJson<{ id: number }[]>(admin, `/api/plans/${farPlan}/targets`))[0]!.id;
    farTask = (
      await getJson<{ id: number; lead: { unitId: number | null }[] }[]>(admin, `/api/plans/${farPlan}/tasks`)
    ).find((task) => task.lead.some((p) => p.unitId !== null))!.id;
    farReport = (
      await admin.request({
        method: 'POST',
        url: '/api/reports',
        payload: { unitId: institution.id, period: '2026' },
      })
    ).json();
    // A value of the Hà Nội library, for the dataValueSets export row (before the upload re-reads the report).
    const dataValue = await admin.request({
      method: 'POST',
      url: '/api/dataValueSets',
      payload: {
        period: '2026',
        orgUnit: institution.code,
        dataValues: [{ dataElement: 'LLL_ACTIVITIES', value: 3 }],
      },
    });
    expect(dataValue.json().status).toBe('SUCCESS');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const upload = multipart({}, [{ name: 'anh.png', bytes: png }]);
    const attached = await admin.request({
      method: 'POST',
      url: `/api/reports/${farReport.id}/attachments`,
      headers: upload.headers,
      payload: upload.payload,
    });
    expect(attached.statusCode).toBe(200);
    farAttachment = attached.json().attachments[0].id;
    farReport = attached.json();
    const published = await admin.request({
      method: 'POST',
      url: '/api/published-reports',
      payload: { kind: 'annual', unitId: otherProvince, year: 2026 },
    });
    expect(published.statusCode, published.body).toBe(201);
    farPublished = published.json();
  });

  /** A published activity of the Hà Nội library, its first session started. */
  let farActivity: { id: number; version: number };
  beforeAll(async () => {
    farActivity = await insertActivity(t.database.db, {
      institutionId: institution.id,
      startsAt: '2026-11-01T08:00:00+07:00',
      endsAt: '2026-11-01T10:00:00+07:00',
    });
  });

  /** An activity of the Hà Nội library taking registrations (check-ins, headcounts, the registrant list). */
  let farRegistrations: number;
  beforeAll(async () => {
    farRegistrations = (await insertRegistrationActivity(t.database, institution.id)).id;
  });

  /** A nomination of the Hà Nội library (recognition, issue 8), waiting for review. */
  let farRecognition: { id: number; version: number; reason: string };
  beforeAll(async () => {
    const nominated = await admin.request({
      method: 'POST',
      url: '/api/recognitions',
      payload: {
        year: 2026,
        nomineeKind: 'collective',
        unitId: institution.id,
        form: 'department_certificate',
        reason: 'Thư viện ngoài phạm vi được đề nghị khen',
      },
    });
    expect(nominated.statusCode, nominated.body).toBe(201);
    farRecognition = nominated.json();
  });

  const table = (): Record<string, Row> => ({
    'GET /api/health': { verdict: 'public', url: () => '/api/health' },
    'GET /api/auth/session': { verdict: 'self-only', url: () => '/api/auth/session' },
    'POST /api/auth/login': { verdict: 'self-only', url: () => '/api/auth/login' },
    'POST /api/auth/logout': { verdict: 'self-only', url: () => '/api/auth/logout' },
    'POST /api/auth/password': { verdict: 'self-only', url: () => '/api/auth/password' },
    'POST /api/setup': { verdict: 'self-only', url: () => '/api/setup' },
    'GET /api/users': { verdict: 'not-listed', url: () => '/api/users', absent: () => otherUser.username },
    'POST /api/users': {
      verdict: 'denied',
      url: () => '/api/users',
      body: () => ({
        username: 'scope.new',
        displayName: 'X',
        password: 'a-long-password-2',
        roles: [{ role: 'viewer', unitId: other.id }],
      }),
    },
    'GET /api/users/{id}': { verdict: 'denied', url: () => `/api/users/${otherUser.id}` },
    'PATCH /api/users/{id}': {
      verdict: 'denied',
      url: () => `/api/users/${otherUser.id}`,
      body: () => ({ isActive: false }),
    },
    'POST /api/users/{id}/reset-password': {
      verdict: 'denied',
      url: () => `/api/users/${otherUser.id}/reset-password`,
      body: () => ({}),
    },
    'GET /api/audit': { verdict: 'denied', url: () => `/api/audit?unitId=${other.id}` },
    'GET /api/audit/export.xlsx': {
      verdict: 'denied',
      url: () => `/api/audit/export.xlsx?unitId=${other.id}`,
    },
    'GET /api/units': {
      verdict: 'not-listed',
      url: () => `/api/units?level=commune`,
      absent: () => other.name,
    },
    'POST /api/units': {
      verdict: 'denied',
      url: () => '/api/units',
      body: () => ({
        code: 'SCOPE-NEW',
        name: 'Xã mới',
        level: 'commune',
        parentId: otherProvince,
        validFrom: '2026-12-01',
      }),
    },
    'GET /api/units/{id}': { verdict: 'denied', url: () => `/api/units/${other.id}` },
    'PATCH /api/units/{id}': {
      verdict: 'denied',
      url: () => `/api/units/${other.id}`,
      body: () => ({ name: 'Đổi tên' }),
    },
    'GET /api/units/{id}/children': { verdict: 'denied', url: () => `/api/units/${otherProvince}/children` },
    'GET /api/units/{id}/ancestors': { verdict: 'denied', url: () => `/api/units/${other.id}/ancestors` },
    'GET /api/units/{id}/successors': { verdict: 'denied', url: () => `/api/units/${other.id}/successors` },
    'GET /api/agencies': {
      verdict: 'not-listed',
      url: () => `/api/agencies?provinceId=${otherProvince}`,
      absent: () => 'Hà Nội',
    },
    'GET /api/restructuring-events': {
      verdict: 'denied',
      url: () => `/api/restructuring-events?unitId=${other.id}`,
    },
    'POST /api/restructuring-events': {
      verdict: 'denied',
      url: () => '/api/restructuring-events',
      body: () => ({ kind: 'rename', date: '2026-12-01', rename: { unitId: other.id, name: 'Tên mới' } }),
    },
    'GET /api/restructuring-events/{id}': {
      verdict: 'denied',
      url: () => `/api/restructuring-events/${event.id}`,
    },
    'GET /api/data-quality': {
      verdict: 'not-listed',
      url: () => '/api/data-quality',
      absent: () => `"id":${issueId}`,
    },
    'GET /api/data-quality/summary': {
      verdict: 'not-listed',
      url: () => '/api/data-quality/summary',
      absent: () => 'missing_old_code',
    },
    'PATCH /api/data-quality/{id}': {
      verdict: 'denied',
      url: () => `/api/data-quality/${issueId}`,
      body: () => ({ action: 'ignore', note: 'x' }),
    },
    'GET /api/institutions': {
      verdict: 'not-listed',
      url: () => `/api/institutions?q=SCOPE-HN`,
      absent: () => institution.code,
    },
    'POST /api/institutions': {
      verdict: 'denied',
      url: () => '/api/institutions',
      body: () => ({
        code: 'SCOPE-HN-02',
        name: 'Thư viện',
        category: 'library_commune',
        parentId: other.id,
      }),
    },
    'GET /api/institutions/template.xlsx': {
      verdict: 'self-only',
      url: () => '/api/institutions/template.xlsx',
    },
    'GET /api/institutions/export.xlsx': {
      verdict: 'not-listed',
      url: () => `/api/institutions/export.xlsx?unitId=${other.id}`,
      absent: () => institution.code,
    },
    'POST /api/institutions/import': { verdict: 'self-only', url: () => '/api/institutions/import' },
    'GET /api/institutions/{id}': { verdict: 'denied', url: () => `/api/institutions/${institution.id}` },
    'PATCH /api/institutions/{id}': {
      verdict: 'denied',
      url: () => `/api/institutions/${institution.id}`,
      body: () => ({ name: 'Đổi tên', expectedUpdatedAt: institution.updatedAt }),
    },
    'DELETE /api/institutions/{id}': { verdict: 'denied', url: () => `/api/institutions/${institution.id}` },
    'GET /api/plans': { verdict: 'shared', url: () => '/api/plans' },
    'GET /api/plans/{id}': { verdict: 'shared', url: () => `/api/plans/${farPlan}` },
    'PATCH /api/plans/{id}': {
      verdict: 'denied',
      url: () => `/api/plans/${farPlan}`,
      body: () => ({ status: 'draft' }),
    },
    'GET /api/plans/{id}/targets': { verdict: 'shared', url: () => `/api/plans/${farPlan}/targets` },
    'POST /api/plans/{id}/targets': {
      verdict: 'denied',
      url: () => `/api/plans/${farPlan}/targets`,
      body: () => ({
        indicator: 'LIB_LLL_SERVICE_COVERAGE',
        category: 'library_commune',
        year: 2029,
        value: 50,
      }),
    },
    'PATCH /api/targets/{id}': {
      verdict: 'denied',
      url: () => `/api/targets/${farTarget}`,
      body: () => ({ note: 'x' }),
    },
    'DELETE /api/targets/{id}': { verdict: 'denied', url: () => `/api/targets/${farTarget}` },
    'GET /api/targets/compare': {
      verdict: 'shared',
      url: () => '/api/targets/compare?indicator=LIB_LLL_SERVICE_COVERAGE&year=2025',
    },
    'GET /api/units/{id}/targets': { verdict: 'denied', url: () => `/api/units/${other.id}/targets` },
    'GET /api/indicators': { verdict: 'shared', url: () => '/api/indicators' },
    'GET /api/observances': { verdict: 'shared', url: () => '/api/observances' },
    'GET /api/calendar': { verdict: 'shared', url: () => '/api/calendar?year=2026' },
    'GET /api/plans/{id}/tasks': { verdict: 'shared', url: () => `/api/plans/${farPlan}/tasks` },
    'POST /api/plans/{id}/tasks': {
      verdict: 'denied',
      url: () => `/api/plans/${farPlan}/tasks`,
      body: () => ({ area: 'reporting', content: 'Báo cáo', from: '2026' }),
    },
    'GET /api/tasks/mine': {
      verdict: 'not-listed',
      url: () => '/api/tasks/mine',
      absent: () => `"id":${farTask},"planId"`,
    },
    'GET /api/tasks/{id}': { verdict: 'shared', url: () => `/api/tasks/${farTask}` },
    'PATCH /api/tasks/{id}': {
      verdict: 'denied',
      url: () => `/api/tasks/${farTask}`,
      body: () => ({ status: 'done' }),
    },
    'DELETE /api/tasks/{id}': { verdict: 'denied', url: () => `/api/tasks/${farTask}` },
    'GET /api/tasks/{id}/updates': { verdict: 'shared', url: () => `/api/tasks/${farTask}/updates` },
    'POST /api/tasks/{id}/updates': {
      verdict: 'denied',
      url: () => `/api/tasks/${farTask}/updates`,
      body: () => ({ status: 'done', narrative: 'Xong' }),
    },
    'GET /api/files/{id}': { verdict: 'shared', url: () => '/api/files/1' },
    'GET /api/forms': { verdict: 'shared', url: () => '/api/forms' },
    'PATCH /api/forms/{id}': {
      verdict: 'denied',
      url: () => '/api/forms/1',
      body: () => ({ version: 1, cutoffStartDay: 1 }),
    },
    'GET /api/holidays': { verdict: 'shared', url: () => '/api/holidays?year=2026' },
    'GET /api/reports': { verdict: 'not-listed', url: () => '/api/reports', absent: () => institution.name },
    'POST /api/reports': {
      verdict: 'denied',
      url: () => '/api/reports',
      body: () => ({ unitId: institution.id, period: '2026' }),
    },
    'GET /api/reports/{id}': { verdict: 'denied', url: () => `/api/reports/${farReport.id}` },
    'PUT /api/reports/{id}/values': {
      verdict: 'denied',
      url: () => `/api/reports/${farReport.id}/values`,
      body: () => ({ version: farReport.version, values: [{ element: 'LLL_ACTIVITIES', value: 3 }] }),
    },
    'POST /api/reports/{id}/submit': {
      verdict: 'denied',
      url: () => `/api/reports/${farReport.id}/submit`,
      body: () => ({ version: farReport.version }),
    },
    'POST /api/reports/{id}/return': {
      verdict: 'denied',
      url: () => `/api/reports/${farReport.id}/return`,
      body: () => ({ version: farReport.version, reason: 'Không phải của tôi' }),
    },
    'POST /api/reports/{id}/approve': {
      verdict: 'denied',
      url: () => `/api/reports/${farReport.id}/approve`,
      body: () => ({ version: farReport.version }),
    },
    'POST /api/reports/{id}/unlock': {
      verdict: 'denied',
      url: () => `/api/reports/${farReport.id}/unlock`,
      body: () => ({ reason: 'Không phải của tôi' }),
    },
    'POST /api/reports/{id}/attachments': {
      verdict: 'denied',
      url: () => `/api/reports/${farReport.id}/attachments`,
    },
    'GET /api/report-attachments/{id}': {
      verdict: 'denied',
      url: () => `/api/report-attachments/${farAttachment}`,
    },
    'DELETE /api/report-attachments/{id}': {
      verdict: 'denied',
      url: () => `/api/report-attachments/${farAttachment}`,
    },
    'GET /api/reporting/board': {
      verdict: 'denied',
      url: () => `/api/reporting/board?unitId=${otherProvince}&period=2026&depth=all`,
    },
    // A person's own notifications only: the queries filter on the session's user.
    'GET /api/notifications': { verdict: 'self-only', url: () => '/api/notifications' },
    'POST /api/notifications/{id}/read': { verdict: 'self-only', url: () => '/api/notifications/1/read' },
    'POST /api/notifications/read-all': { verdict: 'self-only', url: () => '/api/notifications/read-all' },
    'GET /api/forms/{id}/template': {
      verdict: 'not-listed',
      url: () => `/api/forms/${(farReport as { formId?: number }).formId}/template?period=2026`,
      absent: () => institution.code,
    },
    // Scoped row by row: a unit outside report.enter is an out_of_scope problem (form-exchange.int.test.ts).
    'POST /api/forms/{id}/import': { verdict: 'self-only', url: () => '/api/forms/1/import?period=2026' },
    // Someone else's job answers 404 (form-exchange.int.test.ts); a random id likewise.
    'GET /api/jobs/{id}': { verdict: 'denied', url: () => '/api/jobs/00000000-0000-4000-8000-000000000000' },
    // Scoped value by value: outside report.enter is an out_of_scope conflict (data-value-sets.int.test.ts).
    'POST /api/dataValueSets': { verdict: 'self-only', url: () => '/api/dataValueSets' },
    'GET /api/dataValueSets': {
      verdict: 'not-listed',
      url: () => '/api/dataValueSets?period=2026',
      absent: () => institution.code,
    },
    'GET /api/analytics/scorecard': {
      verdict: 'denied',
      url: () => `/api/analytics/scorecard?planId=${farPlan}&unitId=${otherProvince}&year=2026`,
    },
    'GET /api/analytics/figures': {
      verdict: 'denied',
      url: () => `/api/analytics/figures?unitId=${otherProvince}&years=2026&scope=children`,
    },
    'GET /api/analytics/indicators': { verdict: 'shared', url: () => '/api/analytics/indicators' },
    'GET /api/analytics/changes': {
      verdict: 'denied',
      url: () => `/api/analytics/changes?unitId=${otherProvince}`,
    },
    'GET /api/analytics/public-scorecards/{unitId}': {
      verdict: 'denied',
      url: () => `/api/analytics/public-scorecards/${otherProvince}`,
    },
    'PUT /api/analytics/public-scorecards/{unitId}': {
      verdict: 'denied',
      url: () => `/api/analytics/public-scorecards/${otherProvince}`,
      body: () => ({ planId: farPlan, enabled: true }),
    },
    // The public site: only what a province switched on (public-scorecards.int.test.ts).
    'GET /api/public/scorecards': { verdict: 'public', url: () => '/api/public/scorecards' },
    'GET /api/public/scorecards/{unitId}': {
      verdict: 'public',
      url: () => `/api/public/scorecards/${otherProvince}`,
    },
    // Map outlines are the same for everyone; changing them is a national setting (map.manage).
    'GET /api/analytics/boundaries': { verdict: 'shared', url: () => '/api/analytics/boundaries' },
    'PUT /api/analytics/boundaries': {
      verdict: 'denied',
      url: () => '/api/analytics/boundaries',
      body: () => ({ type: 'FeatureCollection', features: [] }),
    },
    'DELETE /api/analytics/boundaries': { verdict: 'denied', url: () => '/api/analytics/boundaries' },
    'GET /api/reports/annual': {
      verdict: 'denied',
      url: () => `/api/reports/annual?unitId=${otherProvince}&year=2026&format=json`,
    },
    'GET /api/reports/review': {
      verdict: 'denied',
      url: () => `/api/reports/review?kind=midterm&unitId=${otherProvince}&format=json`,
    },
    'GET /api/document-templates/{unitId}': {
      verdict: 'denied',
      url: () => `/api/document-templates/${otherProvince}`,
    },
    'PUT /api/document-templates/{unitId}': {
      verdict: 'denied',
      url: () => `/api/document-templates/${otherProvince}`,
      body: () => ({
        parentBody: '',
        issuingBody: 'SỞ VĂN HÓA VÀ THỂ THAO',
        symbolPattern: 'BC-SVHTT',
        place: 'Hà Nội',
        recipients: [],
        copyTo: [],
        signerAuthority: '',
        signerTitle: 'GIÁM ĐỐC',
        signerName: 'Người ngoài phạm vi',
        opening: '',
      }),
    },
    'POST /api/published-reports': {
      verdict: 'denied',
      url: () => '/api/published-reports',
      body: () => ({ kind: 'annual', unitId: otherProvince, year: 2026 }),
    },
    'GET /api/published-reports': {
      verdict: 'not-listed',
      url: () => '/api/published-reports',
      absent: () => farPublished.contentHash,
    },
    'GET /api/published-reports/{id}': {
      verdict: 'denied',
      url: () => `/api/published-reports/${farPublished.id}`,
    },
    'GET /api/published-reports/{id}/file': {
      verdict: 'denied',
      url: () => `/api/published-reports/${farPublished.id}/file?format=docx`,
    },
    'GET /api/plans/{id}/export': { verdict: 'shared', url: () => `/api/plans/${farPlan}/export` },
    'GET /api/plans/{id}/export.xlsx': { verdict: 'shared', url: () => `/api/plans/${farPlan}/export.xlsx` },
    'POST /api/activities/{id}/complete': {
      verdict: 'denied',
      url: () => `/api/activities/${farActivity.id}/complete`,
      body: () => ({ version: farActivity.version }),
    },
    // The portal: registering needs no account; everything else answers only to the secret of one's own link
    // (a registration or a learner record) and shows nobody else (registrations.int.test.ts).
    'POST /api/public/activities/{id}/registrations': {
      verdict: 'public',
      url: () => `/api/public/activities/${farRegistrations}/registrations`,
    },
    'GET /api/public/registrations/{token}': { verdict: 'public', url: () => '/api/public/registrations/x' },
    'GET /api/public/registrations/{token}/qr.svg': {
      verdict: 'public',
      url: () => '/api/public/registrations/x/qr.svg',
    },
    'POST /api/public/registrations/{token}/cancel': {
      verdict: 'public',
      url: () => '/api/public/registrations/x/cancel',
    },
    'GET /api/public/learners/{token}': { verdict: 'public', url: () => '/api/public/learners/x' },
    'GET /api/public/learners/{token}/record.pdf': {
      verdict: 'public',
      url: () => '/api/public/learners/x/record.pdf',
    },
    'DELETE /api/public/learners/{token}': { verdict: 'public', url: () => '/api/public/learners/x' },
    'GET /api/activities/{id}/registrations': {
      verdict: 'denied',
      url: () => `/api/activities/${farRegistrations}/registrations`,
    },
    'POST /api/activities/{id}/check-ins': {
      verdict: 'denied',
      url: () => `/api/activities/${farRegistrations}/check-ins`,
      body: () => ({ code: 'ABCDEFGH' }),
    },
    'POST /api/activities/{id}/headcounts': {
      verdict: 'denied',
      url: () => `/api/activities/${farRegistrations}/headcounts`,
      body: () => ({ count: 5 }),
    },
    'GET /api/activities/{id}/attendance': {
      verdict: 'denied',
      url: () => `/api/activities/${farRegistrations}/attendance`,
    },
    'POST /api/plans/import': {
      verdict: 'denied',
      url: () => '/api/plans/import',
      body: () => ({
        key: 'scope-ha-noi',
        kind: 'plan',
        symbol: null,
        title: 'Kế hoạch Hà Nội',
        issuer: null,
        issuerName: 'UBND thành phố Hà Nội',
        date: '2026-01-01',
        scope: { code: '01', kind: 'province' },
      }),
    },
    // Activities (issue 7): staff see and change only their institutions' (activities.int.test.ts); templates
    // are the national days, the same for everyone.
    'GET /api/activities': {
      verdict: 'not-listed',
      url: () => '/api/activities',
      absent: () => scopeActivity.title,
    },
    'GET /api/activities/templates': { verdict: 'shared', url: () => '/api/activities/templates' },
    'POST /api/activities': {
      verdict: 'denied',
      url: () => '/api/activities',
      body: () => ({ ...scopeActivityInput(), title: 'Hoạt động mới ngoài phạm vi' }),
    },
    'GET /api/activities/{id}': { verdict: 'denied', url: () => `/api/activities/${scopeActivity.id}` },
    'PATCH /api/activities/{id}': {
      verdict: 'denied',
      url: () => `/api/activities/${scopeActivity.id}`,
      body: () => ({ title: 'Đổi tên', version: scopeActivity.version }),
    },
    'POST /api/activities/{id}/copy': {
      verdict: 'denied',
      url: () => `/api/activities/${scopeActivity.id}/copy`,
      body: () => ({}),
    },
    'POST /api/activities/{id}/cancel': {
      verdict: 'denied',
      url: () => `/api/activities/${scopeActivity.id}/cancel`,
      body: () => ({ reason: 'Ngoài phạm vi', version: scopeActivity.version }),
    },
    'GET /api/institutions/{id}/resources': {
      verdict: 'denied',
      url: () => `/api/institutions/${institution.id}/resources`,
    },
    'POST /api/institutions/{id}/resources': {
      verdict: 'denied',
      url: () => `/api/institutions/${institution.id}/resources`,
      body: () => ({ kind: 'ebook', title: 'Sách mới', url: 'https://example.vn/sach' }),
    },
    'PATCH /api/institutions/{id}/resources/{resourceId}': {
      verdict: 'denied',
      url: () => `/api/institutions/${institution.id}/resources/${scopeResource.id}`,
      body: () => ({ title: 'Đổi tên' }),
    },
    'DELETE /api/institutions/{id}/resources/{resourceId}': {
      verdict: 'denied',
      url: () => `/api/institutions/${institution.id}/resources/${scopeResource.id}`,
    },
    // The public portal: published activities, places, the directory and resources are for everyone
    // (public-activities.int.test.ts shows that drafts never are).
    'GET /api/public/activities': { verdict: 'public', url: () => '/api/public/activities' },
    'GET /api/public/activities.ics': { verdict: 'public', url: () => '/api/public/activities.ics' },
    'GET /api/public/activities/{id}': {
      verdict: 'public',
      url: () => `/api/public/activities/${scopeActivity.id}`,
    },
    'GET /api/public/activities/{id}/ical': {
      verdict: 'public',
      url: () => `/api/public/activities/${scopeActivity.id}/ical`,
    },
    'GET /api/public/places': { verdict: 'public', url: () => '/api/public/places' },
    'GET /api/public/institutions': { verdict: 'public', url: () => '/api/public/institutions' },
    'GET /api/public/institutions/{id}': {
      verdict: 'public',
      url: () => `/api/public/institutions/${institution.id}`,
    },
    'GET /api/public/resources': { verdict: 'public', url: () => '/api/public/resources' },
    // Recognition (issue 8): the register, the nominations and their steps, inside the nominee's scope only
    // (recognition.int.test.ts: a commune officer reads her commune's but cannot review or grant).
    'GET /api/recognitions': {
      verdict: 'not-listed',
      url: () => '/api/recognitions',
      absent: () => farRecognition.reason,
    },
    'GET /api/recognitions/evidence-options': {
      verdict: 'denied',
      url: () => `/api/recognitions/evidence-options?unitId=${institution.id}&year=2026`,
    },
    'GET /api/recognitions/{id}': { verdict: 'denied', url: () => `/api/recognitions/${farRecognition.id}` },
    'POST /api/recognitions': {
      verdict: 'denied',
      url: () => '/api/recognitions',
      body: () => ({
        year: 2026,
        nomineeKind: 'collective',
        unitId: institution.id,
        form: 'department_certificate',
        reason: 'Đề nghị ngoài phạm vi',
      }),
    },
    'PATCH /api/recognitions/{id}': {
      verdict: 'denied',
      url: () => `/api/recognitions/${farRecognition.id}`,
      body: () => ({ reason: 'Đổi lý do', version: farRecognition.version }),
    },
    'DELETE /api/recognitions/{id}': {
      verdict: 'denied',
      url: () => `/api/recognitions/${farRecognition.id}`,
    },
    'POST /api/recognitions/{id}/review': {
      verdict: 'denied',
      url: () => `/api/recognitions/${farRecognition.id}/review`,
      body: () => ({ version: farRecognition.version }),
    },
    'POST /api/recognitions/{id}/grant': {
      verdict: 'denied',
      url: () => `/api/recognitions/${farRecognition.id}/grant`,
      body: () => ({ decisionNumber: '1/QĐ', decisionDate: '2026-11-21', version: farRecognition.version }),
    },
    'POST /api/recognitions/{id}/decline': {
      verdict: 'denied',
      url: () => `/api/recognitions/${farRecognition.id}/decline`,
      body: () => ({ reason: 'Không', version: farRecognition.version }),
    },
    // Images and good models (issue 8): written only in content.write scope; drafts read only in scope, published
    // models by every signed-in person (good-models.int.test.ts, images.int.test.ts).
    'POST /api/images': { verdict: 'denied', url: () => `/api/images?unitId=${other.id}` },
    'GET /api/good-models': {
      verdict: 'not-listed',
      url: () => '/api/good-models',
      absent: () => farModel.title,
    },
    'POST /api/good-models': {
      verdict: 'denied',
      url: () => '/api/good-models',
      body: () => ({
        unitId: other.id,
        title: 'Mô hình mới ngoài phạm vi',
        topic: 'heritage',
        summary: 'Tóm tắt',
        description: 'Mô tả',
        contactName: 'Người liên hệ',
      }),
    },
    'GET /api/good-models/{id}': { verdict: 'denied', url: () => `/api/good-models/${farModel.id}` },
    'PATCH /api/good-models/{id}': {
      verdict: 'denied',
      url: () => `/api/good-models/${farModel.id}`,
      body: () => ({ title: 'Đổi tên', version: farModel.version }),
    },
    'DELETE /api/good-models/{id}': { verdict: 'denied', url: () => `/api/good-models/${farModel.id}` },
    'POST /api/good-models/{id}/adoptions': {
      verdict: 'denied',
      url: () => `/api/good-models/${farAdopted.id}/adoptions`,
      body: () => ({ unitId: otherProvince }),
    },
    'DELETE /api/good-models/{id}/adoptions/{adoptionId}': {
      verdict: 'denied',
      url: () => `/api/good-models/${farAdopted.id}/adoptions/${farAdopted.adoptionId}`,
    },
    // Articles (issue 8): staff read and write only their units' (articles.int.test.ts); the portal's JSON
    // answers published articles inside their window to everyone.
    'GET /api/articles': {
      verdict: 'not-listed',
      url: () => '/api/articles',
      absent: () => farArticle.title,
    },
    'GET /api/articles/{id}': { verdict: 'denied', url: () => `/api/articles/${farArticle.id}` },
    'POST /api/articles': {
      verdict: 'denied',
      url: () => '/api/articles',
      body: () => ({ unitId: other.id, title: 'Tin mới ngoài phạm vi', body: '<p>x</p>' }),
    },
    'PATCH /api/articles/{id}': {
      verdict: 'denied',
      url: () => `/api/articles/${farArticle.id}`,
      body: () => ({ title: 'Đổi tên', version: farArticle.version }),
    },
    'DELETE /api/articles/{id}': { verdict: 'denied', url: () => `/api/articles/${farArticle.id}` },
    ...Object.fromEntries(
      ['submit', 'publish', 'return', 'unpublish'].map((step) => [
        `POST /api/articles/{id}/${step}`,
        {
          verdict: 'denied' as const,
          url: () => `/api/articles/${farArticle.id}/${step}`,
          body: () => ({ note: 'Ngoài phạm vi', version: farArticle.version }),
        },
      ]),
    ),
    'GET /api/public/articles': { verdict: 'public', url: () => '/api/public/articles' },
    'GET /api/public/articles/{id}': {
      verdict: 'public',
      url: () => `/api/public/articles/${farArticle.id}`,
    },
  });

  /** A draft article of the Hà Nội commune (issue 8), made through the staff API. */
  let farArticle: { id: number; version: number; title: string; status: string };
  beforeAll(async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/articles',
      payload: { unitId: other.id, title: 'Tin bài của phường Hà Nội', body: '<p>Nội dung</p>' },
    });
    expect(created.statusCode, created.body).toBe(201);
    farArticle = created.json();
  });

  /** An activity and a digital resource of the Hà Nội library, made through the staff API. */
  const scopeActivityInput = () => ({
    institutionId: institution.id,
    type: 'talk',
    title: 'Tọa đàm ngoài phạm vi',
    audiences: ['everyone'],
    startsAt: '2026-12-01T08:00:00+07:00',
    endsAt: '2026-12-01T10:00:00+07:00',
    status: 'published',
  });
  let scopeActivity: { id: number; version: number; title: string };
  let scopeResource: { id: number; title: string };
  beforeAll(async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/activities',
      payload: scopeActivityInput(),
    });
    expect(created.statusCode, created.body).toBe(201);
    scopeActivity = created.json();
    const resource = await admin.request({
      method: 'POST',
      url: `/api/institutions/${institution.id}/resources`,
      payload: { kind: 'video', title: 'Phim tư liệu', url: 'https://example.vn/phim' },
    });
    expect(resource.statusCode, resource.body).toBe(201);
    scopeResource = resource.json();
  });

  /** Good models far from the officer (issue 8): a draft of the Hà Nội commune, and Hà Nội's model it adopted. */
  let farModel: { id: number; version: number; title: string };
  let farAdopted: { id: number; adoptionId: number };
  beforeAll(async () => {
    const model = (unitId: number, title: string, status: string) => ({
      unitId,
      title,
      topic: 'reading_culture',
      summary: 'Tóm tắt',
      description: 'Mô tả',
      contactName: 'Người liên hệ',
      status,
    });
    const draft = await admin.request({
      method: 'POST',
      url: '/api/good-models',
      payload: model(other.id, 'Mô hình nháp ngoài phạm vi', 'draft'),
    });
    expect(draft.statusCode, draft.body).toBe(201);
    farModel = draft.json();
    const published = await admin.request({
      method: 'POST',
      url: '/api/good-models',
      payload: model(otherProvince, 'Mô hình của Hà Nội', 'published'),
    });
    expect(published.statusCode, published.body).toBe(201);
    const adopted = await admin.request({
      method: 'POST',
      url: `/api/good-models/${published.json().id}/adoptions`,
      payload: { unitId: other.id },
    });
    expect(adopted.statusCode, adopted.body).toBe(201);
    farAdopted = { id: adopted.json().id, adoptionId: adopted.json().adoptions[0].id };
  });

  it('has a scope verdict for every documented route', () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.filter((r) => !(r in table()))).toEqual([]);
  });

  it('is refused, or shown nothing, outside the commune on every route', async () => {
    for (const [route, row] of Object.entries(table())) {
      if (row.verdict === 'public' || row.verdict === 'self-only' || row.verdict === 'shared') continue;
      const method = route.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      const res = await officer.request({
        method,
        url: row.url(),
        payload: row.body?.() as object | undefined,
      });
      if (row.verdict === 'denied') {
        expect([403, 404], `${route} → ${res.statusCode} ${res.body.slice(0, 200)}`).toContain(
          res.statusCode,
        );
      } else {
        expect(res.statusCode, route).toBe(200);
        expect(await readableText(res.rawPayload), route).not.toContain(row.absent!());
      }
    }
  });

  it('shows an administrator what it hides from the officer (the checks above can fail)', async () => {
    for (const [route, row] of Object.entries(table())) {
      if (row.verdict !== 'not-listed') continue;
      const res = await admin.request({ method: 'GET', url: row.url() });
      expect(await readableText(res.rawPayload), route).toContain(row.absent!());
    }
  });

  it('changed nothing outside the commune', async () => {
    const now = await getJson<Institution>(admin, `/api/institutions/${institution.id}`);
    expect(now).toEqual(institution);
    const user = await getJson<User>(admin, `/api/users/${otherUser.id}`);
    expect(user.isActive).toBe(true);
    const unit = await getJson<Unit>(admin, `/api/units/${other.id}`);
    expect(unit.name).toBe(other.name);
    const report = await getJson<{ version: number; status: string; attachments: unknown[] }>(
      admin,
      `/api/reports/${farReport.id}`,
    );
    expect(report).toMatchObject({ version: farReport.version, status: 'draft' });
    expect(report.attachments).toHaveLength(1);
  });

  it('changed no nomination outside the commune', async () => {
    const recognition = await getJson<{ version: number; status: string; reason: string }>(
      admin,
      `/api/recognitions/${farRecognition.id}`,
    );
    expect(recognition).toMatchObject({
      version: farRecognition.version,
      status: 'nominated',
      reason: farRecognition.reason,
    });
  });

  it('changed no activity or resource outside the commune', async () => {
    const activity = await getJson<{ version: number; status: string; title: string }>(
      admin,
      `/api/activities/${scopeActivity.id}`,
    );
    expect(activity).toMatchObject({
      version: scopeActivity.version,
      status: 'published',
      title: scopeActivity.title,
    });
    const resources = await getJson<{ id: number; title: string }[]>(
      admin,
      `/api/institutions/${institution.id}/resources`,
    );
    expect(resources.map((r) => [r.id, r.title])).toEqual([[scopeResource.id, scopeResource.title]]);
  });

  it('changed no good model or adoption outside the commune', async () => {
    const draft = await getJson<{ version: number; title: string }>(admin, `/api/good-models/${farModel.id}`);
    expect(draft).toMatchObject({ version: farModel.version, title: farModel.title });
    const adopted = await getJson<{ adoptions: { id: number }[] }>(
      admin,
      `/api/good-models/${farAdopted.id}`,
    );
    expect(adopted.adoptions.map((a) => a.id)).toEqual([farAdopted.adoptionId]);
  });

  it('changed no article outside the commune', async () => {
    const article = await getJson<typeof farArticle>(admin, `/api/articles/${farArticle.id}`);
    expect(article).toMatchObject({ version: farArticle.version, status: 'draft', title: farArticle.title });
  });
});

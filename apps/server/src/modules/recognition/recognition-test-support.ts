import type { Recognition } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Database } from '../../db/client';
import type { TestApp } from '../../test/test-app';
import type { Client } from '../../test/test-users';
import { expectOk } from '../activities/activities-test-support';
import { openReport, saveValues, step } from '../reporting/reporting-test-support';

/** Helpers of the recognition tests (not a test file itself). */

/** The tests' now: Friday 20/11/2026, 10:00 in Vietnam; nominations are dated that day by default. */
export const clock = () => new Date('2026-11-20T03:00:00Z');

/** The library's 2026 report approved with a lifelong-learning service, so its coverage figure is 100 %. */
export async function approveLibraryReport(staff: Client, commune: Client, library: number) {
  let report = await openReport(staff, library);
  const saved = await saveValues(staff, report, {
    LIB_LLL_SERVICE: 'có',
    LIB_IT_DIGITAL: 'không',
    LLL_ACTIVITIES: 4,
  });
  expectOk(saved);
  report = saved.json();
  const submitted = await step(staff, report, 'submit');
  expectOk(submitted);
  expectOk(await step(commune, submitted.json(), 'approve'));
}

/** A plan of the province with one task led by the commune (its lead party names the unit). */
export async function insertPlanTask(
  database: Database,
  p: { key: string; provinceId: number; leadUnitId: number; code: string; content: string },
): Promise<number> {
  const plan = await database.db.execute<{ id: number }>(sql`
    insert into plans (key, kind, symbol, title, issuer_name, date, scope_unit_id, province_id)
    values (${p.key}, 'plan', '15/KH-UBND', 'Kế hoạch học tập suốt đời', 'UBND tỉnh', '2023-03-01',
      ${p.provinceId}, ${p.provinceId}) returning id`);
  const task = await database.db.execute<{ id: number }>(sql`
    insert into tasks (plan_id, position, code, area, content, from_text, to_text, from_year, to_year, status)
    values (${plan.rows[0]!.id}, 0, ${p.code}, 'awareness', ${p.content}, '2023', '2030', 2023, 2030,
      'in_progress') returning id`);
  const taskId = task.rows[0]!.id;
  await database.db.execute(sql`insert into task_parties (task_id, role, position, text, unit_id)
    values (${taskId}, 'lead', 0, 'UBND xã', ${p.leadUnitId})`);
  return taskId;
}

/** A good model written straight into its table (writing them is another module's). */
export async function insertGoodModel(
  database: Database,
  m: { unitId: number; title: string; status?: 'draft' | 'published' },
): Promise<number> {
  const rows = await database.db.execute<{ id: number }>(sql`
    insert into good_models (unit_id, title, topic, summary, description, contact_name, status, published_at)
    values (${m.unitId}, ${m.title}, 'reading', 'Tóm tắt', 'Mô tả', 'Người liên hệ', ${m.status ?? 'published'},
      ${m.status === 'draft' ? null : '2026-06-01T00:00:00Z'}::timestamptz) returning id`);
  return rows.rows[0]!.id;
}

/** A nomination input of the unit as a collective, for the Department's certificate, unless overridden. */
export function nomination(unitId: number, overrides: Record<string, unknown> = {}) {
  return {
    year: 2026,
    nomineeKind: 'collective',
    unitId,
    form: 'department_certificate',
    reason: 'Có thành tích xuất sắc trong xây dựng xã hội học tập năm 2026',
    ...overrides,
  };
}

export async function nominate(client: Client, input: object): Promise<Recognition> {
  const res = await client.request({ method: 'POST', url: '/api/recognitions', payload: input });
  expectOk(res, 201);
  return res.json();
}

/** POST /api/recognitions/{id}/{name} with the version read. */
export function act(client: Client, r: { id: number; version: number }, name: string, body: object = {}) {
  return client.request({
    method: 'POST',
    url: `/api/recognitions/${r.id}/${name}`,
    payload: { version: r.version, ...body },
  });
}

export async function countRecognitions(t: TestApp): Promise<number> {
  const rows = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from recognitions`);
  return rows.rows[0]!.n;
}

/** The audit actions recorded for a nomination, in order. */
export async function auditActions(t: TestApp, id: number): Promise<string[]> {
  const rows = await t.database.db.execute<{ action: string; unitId: number }>(sql`
    select action, unit_id as "unitId" from audit_entries where entity = 'recognition' and entity_id = ${String(id)}
    order by id`);
  return rows.rows.map((r) => r.action);
}

export function expectProblem(res: { statusCode: number; json(): unknown }, field: string, reason: string) {
  expect(res.statusCode).toBe(400);
  const details = (res.json() as { error: { details: { field: string; reason: string }[] } }).error.details;
  expect(details).toEqual(expect.arrayContaining([expect.objectContaining({ field, reason })]));
}

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError, FormsFileSchema, HolidaySchema } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, DbOrTx } from '../../db/client';
import { column } from '../../db/sql-arrays';
import { PLANS_DATA_DIR } from '../plans/load-plans';

/**
 * Loads data/forms.json and data/holidays.json. A built-in form is replaced when its file entry changed, unless
 * someone edited it in the app (edited_at set): the edit wins, as it does for plans. Holidays are added, never
 * overwritten, so a date corrected in the app stays corrected.
 */

const HolidaysFileSchema = z.object({
  source: z.string().optional(),
  days: z.array(
    z.object({
      date: z.string(),
      name: z.object({ vi: z.string(), en: z.string() }),
      kind: z.enum(['holiday', 'compensatory', 'bridge']),
    }),
  ),
  workdays: z
    .array(z.object({ date: z.string(), name: z.object({ vi: z.string(), en: z.string() }).optional() }))
    .default([]),
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function readJson<T>(file: string, schema: z.ZodType<T>): T | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError('IMPORT_INVALID', `${path.basename(file)}: ${problems.slice(0, 5).join('; ')}`, {
      problems,
    });
  }
  return parsed.data;
}

/** Every element a form names must exist in the catalogue; a typo in data/forms.json stops the start. */
async function assertElementsExist(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return;
  const found = await db.execute<{ code: string }>(
    sql`select code from data_elements where code in (${sql.join(
      codes.map((c) => sql`${c}`),
      sql`, `,
    )})`,
  );
  const known = new Set(found.rows.map((r) => r.code));
  const missing = codes.filter((c) => !known.has(c));
  if (missing.length > 0) {
    throw new AppError('IMPORT_INVALID', `forms.json names unknown data elements: ${missing.join(', ')}`);
  }
}

export async function loadBuiltInForms(
  database: Database,
  log: (line: string) => void = () => {},
  dir = PLANS_DATA_DIR,
) {
  const file = readJson(path.join(dir, 'forms.json'), FormsFileSchema);
  const holidayFile = readJson(path.join(dir, 'holidays.json'), HolidaysFileSchema);
  await database.db.transaction(async (tx) => {
    let changed = 0;
    for (const form of file?.forms ?? []) {
      await assertElementsExist(tx, [...new Set(form.sections.flatMap((s) => s.elements))]);
      const hash = sha256(JSON.stringify(form));
      const result = await tx.execute(sql`
        insert into forms (code, name_vi, name_en, level, categories, period_type, cutoff_start_day, deadlines,
          sections, narrative, rules, attachments, require_children_approved, origin, content_hash)
        values (${form.code}, ${form.name.vi}, ${form.name.en}, ${form.level}, ${JSON.stringify(form.categories)}::jsonb,
          ${form.periodType}, ${form.cutoffStartDay}, ${JSON.stringify(form.deadlines)}::jsonb,
          ${JSON.stringify(form.sections)}::jsonb, ${form.narrative}, ${JSON.stringify(form.rules)}::jsonb,
          ${JSON.stringify(form.attachments)}::jsonb, ${form.requireChildrenApproved}, 'builtin', ${hash})
        on conflict (code) do update set name_vi = excluded.name_vi, name_en = excluded.name_en,
          level = excluded.level, categories = excluded.categories, period_type = excluded.period_type,
          cutoff_start_day = excluded.cutoff_start_day, deadlines = excluded.deadlines, sections = excluded.sections,
          narrative = excluded.narrative, rules = excluded.rules, attachments = excluded.attachments,
          require_children_approved = excluded.require_children_approved, content_hash = excluded.content_hash,
          version = forms.version + 1, updated_at = now()
        where forms.edited_at is null and forms.content_hash is distinct from excluded.content_hash`);
      changed += result.rowCount ?? 0;
    }
    if (changed > 0) log(`report forms loaded (${changed} changed)`);
    const days = [
      ...(holidayFile?.days ?? []).map((d) => HolidaySchema.parse(d)),
      ...(holidayFile?.workdays ?? []).map((d) =>
        HolidaySchema.parse({
          date: d.date,
          name: d.name ?? { vi: 'Ngày làm việc bù', en: 'Make-up working day' },
          kind: 'workday',
        }),
      ),
    ];
    if (days.length > 0) {
      await tx.execute(sql`insert into holidays (date, name_vi, name_en, kind)
        select * from unnest(${column(days, (d) => d.date, 'date')}, ${column(days, (d) => d.name.vi, 'text')},
          ${column(days, (d) => d.name.en, 'text')}, ${column(days, (d) => d.kind, 'text')})
        on conflict (date) do nothing`);
    }
  });
}

import {
  type ActivityTemplate,
  type ActivityType,
  type Audience,
  type IsoDate,
  todayInVietnam,
} from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { fromWallTime } from './recurrence';

/** "Tạo từ ngày lễ": a suggested activity for each national day, at its next occurrence. */

type ObservanceRow = {
  code: string;
  nameVi: string;
  nameEn: string;
  recurrence:
    | { type: 'yearly'; month: number; day: number }
    | { type: 'yearly_range'; from: string; to: string };
};

/** What each day is usually celebrated with (the plans' own wording: reading sessions, exhibitions, talks). */
const SUGGESTED: Record<string, { type: ActivityType; audiences: Audience[] }> = {
  reading_culture_day: { type: 'reading_session', audiences: ['children', 'pupils', 'everyone'] },
  world_book_day: { type: 'reading_session', audiences: ['pupils', 'students', 'everyone'] },
  ethnic_culture_day: { type: 'event', audiences: ['ethnic_minorities', 'everyone'] },
  international_museum_day: { type: 'exhibition', audiences: ['pupils', 'everyone'] },
  digital_transformation_day: { type: 'digital_exhibition', audiences: ['students', 'everyone'] },
  cultural_heritage_day: { type: 'exhibition', audiences: ['everyone'] },
  lifelong_learning_week: { type: 'event', audiences: ['everyone'] },
};
const DEFAULT_SUGGESTION = { type: 'event' as ActivityType, audiences: ['everyone'] as Audience[] };

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day on or after `today` that falls on month-day `md` ("04-21"). */
export function nextOccurrence(md: string, today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-${md}`;
  return thisYear >= today ? thisYear : `${year + 1}-${md}`;
}

/** "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4"; a name that already says "hưởng ứng" gets the year. */
export function templateTitle(nameVi: string, day: IsoDate, isRange: boolean): string {
  if (/hưởng ứng/iu.test(nameVi)) return `${nameVi} ${day.slice(0, 4)}`;
  const [, m, d] = day.split('-').map(Number);
  return isRange ? `Hưởng ứng ${nameVi} ${day.slice(0, 4)}` : `Hưởng ứng ${nameVi} ${d}/${m}`;
}

const at = (day: IsoDate, hour: number) => fromWallTime(new Date(`${day}T${pad(hour)}:00:00Z`)).toISOString();

/** One skeleton per national day in `observances`, at 08:00–11:00 in Vietnam on its next occurrence. */
export async function listActivityTemplates(_actor: Actor, deps: ServiceDeps): Promise<ActivityTemplate[]> {
  const today = todayInVietnam(deps.clock());
  const rows = await findObservances(deps.db);
  return rows
    .map((o) => {
      const r = o.recurrence;
      const md = r.type === 'yearly' ? `${pad(r.month)}-${pad(r.day)}` : r.from;
      const day = nextOccurrence(md, today);
      const suggestion = SUGGESTED[o.code] ?? DEFAULT_SUGGESTION;
      return {
        observance: { code: o.code, name: { vi: o.nameVi, en: o.nameEn } },
        date: day,
        input: {
          type: suggestion.type,
          title: templateTitle(o.nameVi, day, r.type !== 'yearly'),
          description: null,
          audiences: suggestion.audiences,
          observanceCode: o.code,
          startsAt: at(day, 8),
          endsAt: at(day, 11),
          requiresRegistration: true,
          status: 'draft' as const,
        },
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.observance.code.localeCompare(b.observance.code));
}

async function findObservances(db: DbOrTx): Promise<ObservanceRow[]> {
  const rows = await db.execute<ObservanceRow>(
    sql`select code, name_vi as "nameVi", name_en as "nameEn", recurrence from observances order by code`,
  );
  return rows.rows;
}

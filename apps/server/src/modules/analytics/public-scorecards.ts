import { AppError, type PublicScorecard, type PublicScorecardSetting, todayInVietnam } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { findPlanById } from '../plans/plans.repo';
import { findAnalyticsUnits, findIndicators } from './figures.repo';
import { scorecardOf } from './scorecard.service';

/** Công khai: a unit's read-only scorecard for one plan, on the public site once the unit switches it on. */

type SettingRow = { unitId: number; planId: number; enabled: boolean; updatedAt: string | null };

async function findSetting(db: DbOrTx, unitId: number): Promise<SettingRow | undefined> {
  const rows = await db.execute<SettingRow>(sql`
    select unit_id as "unitId", plan_id as "planId", enabled, updated_at as "updatedAt"
    from public_scorecards where unit_id = ${unitId}`);
  return rows.rows[0];
}

const toSetting = (row: SettingRow): PublicScorecardSetting => ({
  ...row,
  updatedAt: row.updatedAt === null ? null : new Date(row.updatedAt).toISOString(),
});

export async function getPublicSetting(
  actor: Actor,
  unitId: number,
  deps: ServiceDeps,
): Promise<PublicScorecardSetting | null> {
  await assertUnitAccess(deps.db, actor, 'unit.read', unitId);
  const row = await findSetting(deps.db, unitId);
  return row ? toSetting(row) : null;
}

export async function setPublicSetting(
  actor: Actor,
  unitId: number,
  input: { planId: number; enabled: boolean },
  deps: ServiceDeps,
): Promise<PublicScorecardSetting> {
  await assertUnitAccess(deps.db, actor, 'analytics.publish', unitId);
  if (!(await findPlanById(deps.db, input.planId)))
    throw new AppError('VALIDATION_FAILED', `plan ${input.planId} not found`, [
      { field: 'planId', reason: 'not_found', value: String(input.planId) },
    ]);
  return deps.db.transaction(async (tx) => {
    const before = await findSetting(tx, unitId);
    await tx.execute(sql`
      insert into public_scorecards (unit_id, plan_id, enabled, updated_at, updated_by)
      values (${unitId}, ${input.planId}, ${input.enabled}, ${deps.clock().toISOString()}::timestamptz, ${actor.userId})
      on conflict (unit_id) do update set plan_id = excluded.plan_id, enabled = excluded.enabled,
        updated_at = excluded.updated_at, updated_by = excluded.updated_by`);
    await recordAudit(tx, actor, {
      action: input.enabled ? 'scorecard.publish' : 'scorecard.unpublish',
      entity: 'public_scorecard',
      entityId: unitId,
      unitId,
      before: before ?? null,
      after: input,
    });
    return toSetting((await findSetting(tx, unitId)) as SettingRow);
  });
}

export async function listPublicScorecards(db: DbOrTx) {
  const rows = await db.execute<{ unitId: number; planId: number; symbol: string | null; title: string }>(sql`
    select s.unit_id as "unitId", p.id as "planId", p.symbol, p.title
    from public_scorecards s join plans p on p.id = s.plan_id where s.enabled order by s.unit_id`);
  const units = new Map(
    (
      await findAnalyticsUnits(
        db,
        rows.rows.map((r) => r.unitId),
      )
    ).map((u) => [u.id, u]),
  );
  return rows.rows.flatMap((r) => {
    const unit = units.get(r.unitId);
    return unit ? [{ unit, plan: { id: r.planId, symbol: r.symbol, title: r.title } }] : [];
  });
}

/** The public view: answers NOT_FOUND unless the unit switched it on, so nothing else leaks. */
export async function getPublicScorecard(
  unitId: number,
  year: number | undefined,
  deps: ServiceDeps,
): Promise<PublicScorecard> {
  const setting = await findSetting(deps.db, unitId);
  if (!setting?.enabled) throw new AppError('NOT_FOUND', `no public scorecard for unit ${unitId}`);
  const plan = await findPlanById(deps.db, setting.planId);
  const [unit] = await findAnalyticsUnits(deps.db, [unitId]);
  if (!plan || !unit) throw new AppError('NOT_FOUND', `no public scorecard for unit ${unitId}`);
  const today = todayInVietnam(deps.clock());
  const asked = year ?? Number(today.slice(0, 4));
  return {
    unit,
    plan: { id: plan.id, symbol: plan.symbol, title: plan.title },
    indicators: await findIndicators(deps.db),
    year: asked,
    rows: await scorecardOf(deps.db, plan, unitId, asked, today, today),
  };
}

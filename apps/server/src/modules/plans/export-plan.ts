import type { PlanFile } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import type { StoredUnitRef } from '../../db/schema';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { type StoredPlan, type StoredTask, toPlanFile } from './plan-file-mapping';
import { writePlanWorkbook } from './plan-workbook';
import { findLinkRows, findPlanObservanceCodes } from './plans.repo';
import { loadPlan } from './plans.service';
import { findStoredTargets } from './targets.repo';
import { findPartyRows, findStoredTasks } from './tasks.repo';

/** A stored plan read back into the rows of plan-file-mapping.ts. */
export async function readStoredPlan(db: DbOrTx, planId: number): Promise<StoredPlan> {
  const plan = await loadPlan(db, planId);
  const [links, observances, targets, tasks] = await Promise.all([
    findLinkRows(db, planId),
    findPlanObservanceCodes(db, planId),
    findStoredTargets(db, planId),
    findStoredTasks(db, planId),
  ]);
  const parties = await findPartyRows(
    db,
    tasks.map((t) => t.id),
  );
  const partiesOf = (taskId: number, role: string) =>
    parties
      .filter((p) => p.taskId === taskId && p.role === role)
      .sort((a, b) => a.position - b.position)
      .map((p) => ({ text: p.text, unitRef: (p.unitRef as StoredUnitRef | null) ?? null }));
  return {
    key: plan.key,
    kind: plan.kind,
    symbol: plan.symbol,
    title: plan.title,
    issuerRef: plan.issuerRef ?? null,
    issuerName: plan.issuerName,
    date: plan.date,
    datePrecision: plan.datePrecision,
    scopeRef: plan.scopeRef ?? null,
    status: plan.status,
    sections: plan.sections,
    notes: plan.notes,
    source: plan.source ?? null,
    links: links.map((l) => ({ implementsKey: l.implementsKey, symbol: l.symbol, title: l.title })),
    observances,
    targets: targets.map((t) => ({
      indicatorCode: t.indicatorCode,
      category: t.category,
      categories: t.categories ?? null,
      fromYear: t.fromYear,
      year: t.year,
      value: t.value,
      min: t.min,
      max: t.max,
      baselineYear: t.baselineYear,
      baselineValue: t.baselineValue,
      note: t.note,
      sourceFile: t.sourceFile,
      sourceQuote: t.sourceQuote,
    })),
    tasks: tasks.map(
      (t): StoredTask => ({
        code: t.code,
        area: t.area,
        content: t.content,
        product: t.product,
        fromText: t.fromText,
        toText: t.toText,
        recurrence: t.recurrence,
        dates: t.dates ?? null,
        observanceCodes: t.observanceCodes ?? null,
        note: t.note,
        sourceFile: t.sourceFile,
        sourceQuote: t.sourceQuote,
        lead: partiesOf(t.id, 'lead'),
        coordinating: partiesOf(t.id, 'coordinating'),
      }),
    ),
  };
}

/**
 * Xuất kế hoạch: the plan in the plan-file format (docs/formats.md), which holds the contract
 * `{ symbol, title, issuer, date, implements[], targets[], tasks[] }`. Plans are readable by everyone.
 */
export async function exportPlan(_actor: Actor, planId: number, deps: ServiceDeps): Promise<PlanFile> {
  return toPlanFile(await readStoredPlan(deps.db, planId));
}

export async function exportPlanWorkbook(actor: Actor, planId: number, deps: ServiceDeps) {
  const file = await exportPlan(actor, planId, deps);
  return { key: file.key, bytes: await writePlanWorkbook(file) };
}

import type { LineageKind, ReasonCode, UnitKind } from '@suotdoi/shared';

/**
 * The reference data as plain rows keyed by natural keys, built in memory before anything is written, so that
 * the rules can be tested without a database and the write is a handful of bulk inserts.
 * A unit's key is kind + code + validFrom, which the units table keeps unique.
 */

export interface PlanUnit {
  kind: UnitKind;
  code: string;
  name: string;
  typeName: string | null;
  validFrom: string;
  validTo: string | null;
  source: string;
  attributes?: Record<string, unknown>;
}

export interface PlanEvent {
  kind: LineageKind;
  date: string;
  legalRef: string | null;
  note: string | null;
  approximate: boolean;
  /** Rename and move events name their unit. */
  unit?: string;
}

export interface PlanIssue {
  source: string;
  reason: ReasonCode;
  row: Record<string, unknown>;
  details: Record<string, unknown>;
  unit?: string;
}

export const unitKey = (kind: UnitKind, code: string, validFrom: string) => `${kind}:${code}:${validFrom}`;

export class ReferencePlan {
  readonly units = new Map<string, PlanUnit>();
  readonly parents: { unit: string; parent: string; validFrom: string; validTo: string | null }[] = [];
  readonly names: {
    unit: string;
    name: string;
    typeName: string | null;
    validFrom: string;
    validTo: string | null;
  }[] = [];
  readonly events: PlanEvent[] = [];
  readonly edges: { event: number; from: string; to: string; weight: number }[] = [];
  readonly agencies: { unit: string; agencyType: string; sector: string | null }[] = [];
  readonly issues: PlanIssue[] = [];

  addUnit(unit: PlanUnit): string {
    const key = unitKey(unit.kind, unit.code, unit.validFrom);
    if (this.units.has(key)) throw new Error(`reference data: unit ${key} twice`);
    this.units.set(key, unit);
    return key;
  }

  unit(key: string): PlanUnit {
    const unit = this.units.get(key);
    if (!unit) throw new Error(`reference data: no unit ${key}`);
    return unit;
  }

  addParent(unit: string, parent: string, validFrom: string, validTo: string | null) {
    this.unit(unit);
    this.unit(parent);
    this.parents.push({ unit, parent, validFrom, validTo });
  }

  /** Returns the event's index, which edges refer to. */
  addEvent(event: PlanEvent): number {
    this.events.push(event);
    return this.events.length - 1;
  }

  addEdge(event: number, from: string, to: string, weight = 1) {
    this.unit(from);
    this.unit(to);
    this.edges.push({ event, from, to, weight });
  }

  /** An event with its edges, or nothing when there are none (no empty events in the list). */
  addEventWithEdges(event: PlanEvent, edges: { from: string; to: string; weight?: number }[]) {
    if (edges.length === 0) return;
    const index = this.addEvent(event);
    for (const e of edges) this.addEdge(index, e.from, e.to, e.weight ?? 1);
  }

  countUnits(kind: UnitKind): number {
    let n = 0;
    for (const u of this.units.values()) if (u.kind === kind) n++;
    return n;
  }
}

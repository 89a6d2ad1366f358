import type { IsoDate, ReasonCode } from '@suotdoi/shared';

/** One dated row of `unit_parents` for an institution. */
export interface ParentLink {
  id: number;
  parentId: number;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/** What the institution should look like after the change. */
export interface PlacementTarget {
  parentId: number;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export interface LinkPlan {
  update: ParentLink[];
  insert: Omit<ParentLink, 'id'>[];
  /**
   * Links the caller must check against their parent's validity (the link must lie inside it): every new
   * link, and every changed one that now has another parent, starts earlier or ends later.
   */
  checks: { parentId: number; validFrom: IsoDate; validTo: IsoDate | null }[];
}

/** True when window `b` reaches beyond window `a` on either side. */
const extends_ = (a: Omit<ParentLink, 'id'>, b: Omit<ParentLink, 'id'>) =>
  b.validFrom < a.validFrom || (a.validTo !== null && (b.validTo === null || b.validTo > a.validTo));

/**
 * Rewrites an institution's dated parent links for a change of parent, start or end, keeping history: a move
 * closes the current link on the move date (today, or the start if the institution has not opened yet) and opens
 * a new one, so last year's figures stay with last year's commune. A link that has not started by the move date
 * is corrected in place instead, and so is the link of a closed institution (a correction, not a move).
 * The first link always starts with the institution and the last one ends with it.
 */
export function planParentLinks(
  links: readonly ParentLink[],
  target: PlacementTarget,
  today: IsoDate,
): LinkPlan | { error: ReasonCode; field: string } {
  if (target.validTo !== null && target.validTo <= target.validFrom) {
    return { error: 'invalid_range', field: 'validTo' };
  }
  const next = [...links].sort((a, b) => a.validFrom.localeCompare(b.validFrom)).map((l) => ({ ...l }));
  const insert: Omit<ParentLink, 'id'>[] = [];

  if (next.length === 0) {
    insert.push({ parentId: target.parentId, validFrom: target.validFrom, validTo: target.validTo });
  } else {
    next[0]!.validFrom = target.validFrom;
    const last = next[next.length - 1]!;
    if (last.parentId !== target.parentId) {
      const moveDate = target.validFrom > today ? target.validFrom : today;
      const isCorrection =
        last.validFrom >= moveDate || (target.validTo !== null && target.validTo <= moveDate);
      if (isCorrection) last.parentId = target.parentId;
      else {
        last.validTo = moveDate;
        insert.push({ parentId: target.parentId, validFrom: moveDate, validTo: target.validTo });
      }
    }
    if (insert.length === 0) last.validTo = target.validTo;
  }

  for (const link of next) {
    if (link.validTo !== null && link.validTo <= link.validFrom)
      return { error: 'invalid_range', field: 'validFrom' };
  }
  const update = next.filter((l) => {
    const old = links.find((o) => o.id === l.id)!;
    return old.parentId !== l.parentId || old.validFrom !== l.validFrom || old.validTo !== l.validTo;
  });
  const checks = [
    ...update.filter((l) => {
      const old = links.find((o) => o.id === l.id)!;
      return old.parentId !== l.parentId || extends_(old, l);
    }),
    ...insert,
  ].map(({ parentId, validFrom, validTo }) => ({ parentId, validFrom, validTo }));
  return { update, insert, checks };
}

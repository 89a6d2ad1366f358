import type { Task } from '../../api/plans';

/** The task form's values and the API body, pure so the mapping of parties and timeframes is tested. */

export interface TaskFormValues {
  code?: string;
  area?: Task['area'];
  content?: string;
  product?: string;
  note?: string;
  lead: string[];
  coordinating: string[];
  from?: string;
  to?: string;
  recurrence: Task['recurrence'];
  status: Task['status'];
  timeliness?: Task['timeliness'];
}

/** A year ("2023") or a date ("2023-04-21"), the server's TimeframePointSchema. */
export const TIMEFRAME_POINT = /^\d{4}(-\d{2}-\d{2})?$/;

export function toTaskForm(task: Task): TaskFormValues {
  return {
    code: task.code ?? '',
    area: task.area,
    content: task.content,
    product: task.product ?? '',
    note: task.note ?? '',
    lead: task.lead.map((p) => p.text),
    coordinating: task.coordinating.map((p) => p.text),
    from: task.from,
    to: task.to ?? '',
    recurrence: task.recurrence,
    status: task.status,
    timeliness: task.timeliness,
  };
}

type PartyIn = { text: string; unitId?: number | null };

/** Parties by text; a party whose text is unchanged keeps the unit it was linked to. */
export function toParties(texts: readonly string[], before: Task['lead'] = []): PartyIn[] {
  const seen = new Set<string>();
  const out: PartyIn[] = [];
  for (const raw of texts) {
    const text = raw.normalize('NFC').trim();
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const known = before.find((p) => p.text === text);
    out.push(known?.unitId ? { text, unitId: known.unitId } : { text });
  }
  return out;
}

/** A timeframe where "to" is not before "from" (years compare as their first and last days). */
export function timeframeOrdered(from: string, to: string | null | undefined): boolean {
  if (!to) return true;
  const first = from.length === 4 ? `${from}-01-01` : from;
  const last = to.length === 4 ? `${to}-12-31` : to;
  return last >= first;
}

export function toTaskBody(values: TaskFormValues, before?: Task) {
  return {
    code: values.code?.trim() || null,
    area: values.area!,
    content: (values.content ?? '').trim(),
    product: values.product?.trim() || null,
    note: values.note?.trim() || null,
    lead: toParties(values.lead ?? [], before?.lead),
    coordinating: toParties(values.coordinating ?? [], before?.coordinating),
    from: (values.from ?? '').trim(),
    to: values.to?.trim() || null,
    recurrence: values.recurrence,
    // Fixed dates and named days are not edited in the form: an edit keeps them.
    dates: before?.dates ?? null,
    observances: before?.observances ?? null,
    status: values.status,
    timeliness: values.timeliness ?? null,
  };
}

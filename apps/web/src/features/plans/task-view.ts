import { compareVi, EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, foldDiacritics } from '@suotdoi/shared';
import type { Task, TaskStatus } from '../../api/plans';

/** A task's parties as the plan writes them, joined: "Sở Văn hóa và Thể thao; UBND các huyện". */
export function partiesText(parties: readonly { text: string; unitName?: string | null }[]): string {
  return parties
    .map((p) => p.text || p.unitName || '')
    .filter(Boolean)
    .join('; ');
}

/** What the evidence field accepts, for the file picker (the server checks the content again). */
export const EVIDENCE_ACCEPT = Object.keys(EVIDENCE_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');

/** Why a chosen evidence file would be refused, or null when it is fine: too large, or not a kind we keep. */
export function evidenceProblem(file: { name: string; size: number }): 'tooLarge' | 'badType' | null {
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!(ext in EVIDENCE_TYPES)) return 'badType';
  if (file.size > EVIDENCE_MAX_BYTES) return 'tooLarge';
  return null;
}

/** A file size as people read it: "850 KB", "2,4 MB". */
export function fileSizeText(bytes: number, language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'vi-VN';
  const format = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}

/** Tasks matching a search (content, product, plan, parties; diacritics ignored) and a status. */
export function filterMyTasks(tasks: readonly Task[], q: string, status: TaskStatus | undefined): Task[] {
  const needle = foldDiacritics(q.trim());
  return tasks.filter(
    (task) =>
      (!status || task.status === status) &&
      (!needle ||
        foldDiacritics(
          [task.content, task.product, task.planTitle, partiesText(task.lead), partiesText(task.coordinating)]
            .filter(Boolean)
            .join(' '),
        ).includes(needle)),
  );
}

/**
 * The lead filter's choices: each lead unit the server knows (value "u:<id>", filtered by the server with the
 * units under it), and each lead written only as text (value "t:<text>", filtered here), by name.
 */
export function leadOptions(tasks: readonly Task[]): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const task of tasks)
    for (const p of task.lead) {
      const value = p.unitId !== null ? `u:${p.unitId}` : p.text ? `t:${p.text}` : null;
      if (value && !seen.has(value)) seen.set(value, p.unitName ?? p.text);
    }
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => compareVi(a.label, b.label));
}

/** Tasks one of whose leads is written exactly `text`; all of them without a text. */
export function filterByLeadText<T extends Pick<Task, 'lead'>>(
  tasks: readonly T[],
  text: string | undefined,
): T[] {
  return text ? tasks.filter((task) => task.lead.some((p) => p.text === text)) : [...tasks];
}

import type { FieldConflict, NarrativeKey, ReportDetail, ValueType } from '@suotdoi/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { saveReportValues } from '../../api/reporting';
import { readStorage, writeStorage } from '../../lib/storage';
import {
  applySaved,
  applyServerConflicts,
  buildSave,
  type Draft,
  draftStorageKey,
  editField,
  editNarrative,
  emptyDraft,
  keepMine,
  parseDraft,
  rebaseDraft,
  serializeDraft,
  storedOf,
  takeTheirs,
  type ValueTypes,
} from './draft-queue';
import { reportKeys } from './queries';

/** Autosave this long after the last keystroke. */
const DEBOUNCE_MS = 1500;
/** While changes wait (offline, a server hiccup), try again this often. */
const RETRY_MS = 20_000;

export interface FieldProblem {
  field: string;
  reason: string;
  message?: { vi: string; en: string };
}

function conflictsOf(details: unknown): FieldConflict[] {
  const list = (details as { conflicts?: unknown } | undefined)?.conflicts;
  return Array.isArray(list) ? (list as FieldConflict[]) : [];
}

function fieldProblemsOf(details: unknown): FieldProblem[] {
  const list = (details as { fields?: unknown } | undefined)?.fields;
  return Array.isArray(list) ? (list as FieldProblem[]) : [];
}

/**
 * The entry page's unsent changes: kept in localStorage per report, saved ~1.5 s after typing stops, when the
 * page is hidden or loses focus, when the browser comes back online and every 20 s while anything waits. A save
 * that fails for the network keeps everything; a 409 CONFLICT holds the clashing fields for the person to choose.
 */
export function useReportDraft(detail: ReportDetail) {
  const client = useQueryClient();
  const reportId = detail.id;
  const editable = detail.can.edit;
  const types: ValueTypes = useMemo(
    () => Object.fromEntries(detail.form.elements.map((e) => [e.code, e.valueType as ValueType])),
    [detail.form.elements],
  );
  const [draft, setDraft] = useState<Draft>(() => {
    const stored = parseDraft(readStorage(draftStorageKey(reportId)));
    return stored ? rebaseDraft(stored, detail, types) : emptyDraft(detail.version);
  });
  const draftRef = useRef(draft);
  const detailRef = useRef(detail);
  detailRef.current = detail;
  const [isSaving, setSaving] = useState(false);
  const [isOffline, setOffline] = useState(() => typeof navigator !== 'undefined' && !navigator.onLine);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [fieldProblems, setFieldProblems] = useState<FieldProblem[]>([]);
  const inflight = useRef<Promise<void> | null>(null);
  /** Set by a refusal that retrying cannot fix (a bad value, a locked report) until the person edits again. */
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const update = useCallback((change: (d: Draft) => Draft) => {
    const next = change(draftRef.current);
    if (next === draftRef.current) return;
    draftRef.current = next;
    setDraft(next);
  }, []);

  // Each fresh copy of the report (a refetch, another save's answer) is the new ground for what waits.
  useEffect(() => {
    update((d) => (d.baseVersion === detail.version ? d : rebaseDraft(d, detail, types)));
  }, [detail, types, update]);

  useEffect(() => {
    const key = draftStorageKey(reportId);
    const empty =
      Object.keys(draft.fields).length === 0 &&
      Object.keys(draft.narrative).length === 0 &&
      Object.keys(draft.conflicts).length === 0;
    writeStorage(key, empty ? null : serializeDraft(draft));
  }, [draft, reportId]);

  const send = useCallback(async () => {
    const save = buildSave(draftRef.current, types);
    if (!save) return;
    setSaving(true);
    try {
      const next = await saveReportValues(reportId, save.body);
      update((d) => applySaved(d, save.sent, next, types));
      client.setQueryData(reportKeys.detail(reportId), next);
      setSavedAt(new Date().toISOString());
      setOffline(false);
      setSaveError(null);
      setFieldProblems([]);
    } catch (error) {
      if (isApiError(error) && error.code === 'NETWORK') {
        setOffline(true);
      } else if (isApiError(error) && error.code === 'CONFLICT') {
        update((d) => applyServerConflicts(d, conflictsOf(error.details)));
        // The fresh copy rebases the rest, so fields nobody else touched go out on the next save.
        void client.invalidateQueries({ queryKey: reportKeys.detail(reportId) });
      } else {
        blocked.current = true;
        setSaveError(error);
        if (isApiError(error) && error.code === 'REPORT_INVALID')
          setFieldProblems(fieldProblemsOf(error.details));
        if (isApiError(error) && error.code === 'REPORT_LOCKED') {
          void client.invalidateQueries({ queryKey: reportKeys.detail(reportId) });
        }
      }
    } finally {
      setSaving(false);
    }
  }, [client, reportId, types, update]);

  /** Saves what waits now; resolves once the queue has been tried (it may still hold what could not go). */
  const flush = useCallback(async () => {
    if (!detailRef.current.can.edit) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (inflight.current) await inflight.current;
    if (blocked.current) return;
    const run = send();
    inflight.current = run;
    try {
      await run;
    } finally {
      inflight.current = null;
    }
  }, [send]);

  const schedule = useCallback(
    (delay = DEBOUNCE_MS) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [flush],
  );

  useEffect(() => {
    if (!editable) return;
    const onOnline = () => {
      setOffline(false);
      void flush();
    };
    const onOffline = () => setOffline(true);
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = () => void flush();
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    window.addEventListener('blur', onLeave);
    window.addEventListener('pagehide', onLeave);
    document.addEventListener('visibilitychange', onHide);
    // Changes left from an earlier visit (a reload, a closed tab while offline) go as soon as the page opens.
    if (buildSave(draftRef.current, types)) schedule(0);
    const retry = setInterval(() => {
      if (!blocked.current && buildSave(draftRef.current, types)) void flush();
    }, RETRY_MS);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('blur', onLeave);
      window.removeEventListener('pagehide', onLeave);
      document.removeEventListener('visibilitychange', onHide);
      clearInterval(retry);
      // Leaving the page: what waits goes now (and stays in localStorage if it cannot).
      void flush();
    };
  }, [editable, flush, schedule, types]);

  const touched = useCallback(() => {
    blocked.current = false;
    setSaveError(null);
    schedule();
  }, [schedule]);

  return {
    draft,
    /** The queue as of now, for code that runs after an await (submit checks it is empty). */
    draftRef,
    types,
    isSaving,
    isOffline,
    savedAt,
    saveError,
    fieldProblems,
    flush,
    editField: (code: string, next: { value: string; comment: string | null }) => {
      update((d) => editField(d, code, next, storedOf(detailRef.current, code), types[code] ?? 'text'));
      setFieldProblems((list) =>
        list.some((p) => p.field === code) ? list.filter((p) => p.field !== code) : list,
      );
      touched();
    },
    editNarrative: (key: NarrativeKey, text: string) => {
      update((d) => editNarrative(d, key, text, detailRef.current.narrative[key] ?? ''));
      touched();
    },
    keepMine: (field: string) => {
      update((d) => keepMine(d, field));
      blocked.current = false;
      schedule(0);
    },
    takeTheirs: (field: string) => update((d) => takeTheirs(d, field)),
  };
}

export type ReportDraftState = ReturnType<typeof useReportDraft>;

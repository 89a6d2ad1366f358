import { type ReactNode, useEffect, useRef } from 'react';
import { isApiError } from '../api/client';
import { ConflictAlert, type ConflictRow } from './ConflictAlert';
import { ErrorAlert } from './ErrorAlert';

interface Props<T extends { updatedAt: string }> {
  /** Their version after a 409 CONFLICT, or null. */
  conflict: T | null;
  conflictTestId: string;
  /** What the record is, for the conflict's explanation. */
  conflictHelp: ReactNode;
  conflictRows: readonly ConflictRow[];
  onTakeTheirs: (theirs: T) => void;
  onKeepMine: (theirs: T) => void;
  saving: boolean;
  /** The save's failure (null while none), already in the form's own words. */
  error: unknown;
  fieldLabel?: (field: string) => string | undefined;
}

/**
 * The alerts above an editing drawer's form: a colleague's newer version to choose against, or why the save
 * failed. Save is at the bottom of the drawer, so when either appears it is scrolled into view and focused (a
 * screen reader reads it); a CONFLICT shows only as the choice, never also as an error.
 */
export function SaveAlerts<T extends { updatedAt: string }>({
  conflict,
  conflictTestId,
  conflictHelp,
  conflictRows,
  onTakeTheirs,
  onKeepMine,
  saving,
  error,
  fieldLabel,
}: Props<T>) {
  const alerts = useRef<HTMLDivElement>(null);
  const failed = Boolean(error);
  useEffect(() => {
    if (!conflict && !failed) return;
    alerts.current?.scrollIntoView({ block: 'start' });
    alerts.current?.focus({ preventScroll: true });
  }, [conflict, failed]);

  return (
    <div ref={alerts} tabIndex={-1} className="focus-target">
      {conflict ? (
        <ConflictAlert
          testId={conflictTestId}
          savedAt={conflict.updatedAt}
          help={conflictHelp}
          rows={conflictRows}
          onTakeTheirs={() => onTakeTheirs(conflict)}
          onKeepMine={() => onKeepMine(conflict)}
          saving={saving}
        />
      ) : null}
      {failed && !conflict && !(isApiError(error) && error.code === 'CONFLICT') ? (
        <ErrorAlert error={error} fieldLabel={fieldLabel} className="form-alert" />
      ) : null}
    </div>
  );
}

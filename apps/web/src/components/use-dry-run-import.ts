import { useState } from 'react';
import { isApiError } from '../api/client';

/**
 * The import flow the institution and plan imports share: choosing a file runs a dry run at once (nothing is
 * written); the real import is offered from a checked file only, and the server runs it all or nothing.
 */

export type ImportPhase<R, P> =
  | { step: 'idle' }
  | { step: 'checking'; progress: number }
  | { step: 'checked'; result: R }
  | { step: 'importing'; progress: number; checked: R }
  | { step: 'done'; result: R }
  | { step: 'failed'; error: unknown; problems: P[] };

/** An import endpoint: the file, dry run or not, and upload progress as a fraction. */
export type ImportSend<R> = (
  file: File,
  dryRun: boolean,
  onProgress: (fraction: number) => void,
) => Promise<R>;

export function useDryRunImport<R extends { problems: readonly P[] }, P>(
  send: ImportSend<R>,
  onImported: (result: R) => void,
) {
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<ImportPhase<R, P>>({ step: 'idle' });

  const fail = (error: unknown) =>
    setPhase({ step: 'failed', error, problems: isApiError(error) ? (error.problems as P[]) : [] });

  const check = async (chosen: File) => {
    setPhase({ step: 'checking', progress: 0 });
    try {
      const result = await send(chosen, true, (progress) => setPhase({ step: 'checking', progress }));
      setPhase({ step: 'checked', result });
    } catch (error) {
      fail(error);
    }
  };

  const commit = async () => {
    if (!file || phase.step !== 'checked') return;
    const checked = phase.result;
    setPhase({ step: 'importing', progress: 0, checked });
    try {
      const result = await send(file, false, (progress) =>
        setPhase({ step: 'importing', progress, checked }),
      );
      setPhase({ step: 'done', result });
      onImported(result);
    } catch (error) {
      fail(error);
    }
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    if (chosen) void check(chosen);
    else setPhase({ step: 'idle' });
  };

  const busy = phase.step === 'checking' || phase.step === 'importing';
  /** The dry run's result while it is shown: after the check and during the import it leads to. */
  const checked = phase.step === 'checked' ? phase.result : phase.step === 'importing' ? phase.checked : null;
  return { file, phase, busy, checked, choose, check, commit };
}

import { Progress, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';
import type { ImportPhase } from './use-dry-run-import';

/** The pieces of an import screen the institution and plan imports share: file field, progress, problems. */

interface FileFieldProps {
  label: string;
  accept: string;
  disabled: boolean;
  help?: string;
  testId: string;
  onChoose: (file: File | null) => void;
  ref?: Ref<HTMLInputElement>;
}

/** A native file input with a visible label: keyboard and screen readers get the browser's own control. */
export function ImportFileField({ label, accept, disabled, help, testId, onChoose, ref }: FileFieldProps) {
  const inputId = useId();
  return (
    <div className="file-field">
      <label htmlFor={inputId} className="file-field__label">
        {label}
      </label>
      <input
        ref={ref}
        id={inputId}
        type="file"
        accept={accept}
        data-testid={testId}
        disabled={disabled}
        aria-describedby={help ? `${inputId}-help` : undefined}
        onChange={(e) => onChoose(e.target.files?.[0] ?? null)}
        className="file-field__input"
      />
      {help ? (
        <Typography.Text type="secondary" id={`${inputId}-help`}>
          {help}
        </Typography.Text>
      ) : null}
    </div>
  );
}

/** "Checking…" or "Importing…" with the upload's progress, while either runs; nothing otherwise. */
export function ImportProgress({ phase, testId }: { phase: ImportPhase<unknown, unknown>; testId?: string }) {
  const { t } = useTranslation();
  if (phase.step !== 'checking' && phase.step !== 'importing') return null;
  return (
    <div aria-live="polite">
      <Typography.Text>
        {phase.step === 'checking' ? t('import.checking') : t('import.importing')}
      </Typography.Text>
      <Progress
        percent={Math.round(phase.progress * 100)}
        status="active"
        aria-label={t('import.progress')}
        data-testid={testId}
      />
    </div>
  );
}

export interface ImportProblem {
  sheet?: string;
  row?: number;
  field: string;
  reason: string;
  value?: unknown;
}

/** A problem's value as text: the plain value, or its JSON when the server sent an object ({ min, max }). */
export function problemValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

interface ProblemsProps<P extends ImportProblem> {
  problems: readonly P[];
  testId: string;
  /** A sheet column, for imports of workbooks with several sheets. */
  showSheet?: boolean;
  fieldLabel?: (field: string) => string;
  reasonText: (problem: P) => string;
}

/** Every problem of a dry run by (sheet,) row and column; paged past 50 so a broken file stays readable. */
export function ImportProblemsTable<P extends ImportProblem>({
  problems,
  testId,
  showSheet,
  fieldLabel,
  reasonText,
}: ProblemsProps<P>) {
  const { t, i18n } = useTranslation();
  type Row = P & { key: number };
  const columns: ColumnsType<Row> = [
    ...(showSheet
      ? [{ title: t('plans.exchange.sheet'), dataIndex: 'sheet', render: (v?: string) => v ?? '—' }]
      : []),
    {
      title: t('import.row'),
      dataIndex: 'row',
      width: 80,
      align: 'right',
      render: (row?: number) => (row ? formatNumber(row, i18n.language) : '—'),
    },
    {
      title: t('import.column'),
      dataIndex: 'field',
      render: (field: string) => fieldLabel?.(field) ?? field,
    },
    { title: t('import.reason'), key: 'reason', render: (_, p) => reasonText(p) },
    { title: t('import.value'), dataIndex: 'value', render: (v: unknown) => problemValue(v) },
  ];
  return (
    <div data-testid={testId}>
      <Table<Row>
        size="small"
        rowKey="key"
        dataSource={problems.map((p, key) => ({ ...p, key }))}
        pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        columns={columns}
      />
    </div>
  );
}

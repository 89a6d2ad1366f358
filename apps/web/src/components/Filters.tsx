import { FileExcelOutlined, FilterOutlined, PrinterOutlined } from '@ant-design/icons';
import { todayInVietnam } from '@suotdoi/shared';
import { Button, Card, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/format';
import { DownloadButton } from './DownloadButton';

/** The filter strip above a list: a card that wraps on narrow screens and is left out of print. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Card className="section no-print">
      <Space wrap className="filters" align="end">
        {children}
      </Space>
    </Card>
  );
}

/** One filter: a visible label tied to its control by id, so a click on the label and screen readers find it. */
export function Filter({
  htmlFor,
  label,
  children,
}: {
  htmlFor: string;
  label: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="filter">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}

/** The browser's print dialog; the print stylesheet keeps the table and drops the chrome. */
export function PrintButton({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return (
    <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid={testId}>
      {t('common.print')}
    </Button>
  );
}

/** A list's two ways out: its rows as an Excel sheet, and the browser's print dialog. */
export function ExportPrintButtons({
  download,
  disabled,
  exportTestId,
  printTestId,
  className,
}: {
  download: () => Promise<void>;
  disabled?: boolean;
  exportTestId: string;
  printTestId: string;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap className={className}>
      <DownloadButton
        icon={<FileExcelOutlined />}
        download={download}
        disabled={disabled}
        data-testid={exportTestId}
      >
        {t('common.exportExcel')}
      </DownloadButton>
      <PrintButton testId={printTestId} />
    </Space>
  );
}

/** Printed above a list only: the filters that narrowed it (the filter bar is not printed) and the day. */
export function PrintHeader({ filters }: { filters: readonly (string | null | undefined)[] }) {
  const { t } = useTranslation();
  return (
    <div className="print-only print-header">
      <p>{filters.join(' · ')}</p>
      <p>{t('common.printedOn', { date: formatDate(todayInVietnam()) })}</p>
    </div>
  );
}

/**
 * The filters beyond the first row: always shown on a wider screen; on a phone behind a button saying how many
 * are set, and open by themselves while any is.
 */
export function MoreFilters({
  id,
  isPhone,
  active,
  label,
  testId,
  children,
}: {
  /** The group's id, which the button controls. */
  id: string;
  isPhone: boolean;
  /** How many of these filters are set. */
  active: number;
  /** The button's words (with the count when some are set). */
  label: string;
  testId?: string;
  children: ReactNode;
}) {
  const [show, setShow] = useState(false);
  const open = !isPhone || show || active > 0;
  return (
    <>
      {isPhone ? (
        <Button
          icon={<FilterOutlined />}
          onClick={() => setShow((v) => !v)}
          aria-expanded={open}
          aria-controls={id}
          data-testid={testId}
        >
          {label}
        </Button>
      ) : null}
      {open ? (
        <Space wrap className="filters" align="end" id={id}>
          {children}
        </Space>
      ) : null}
    </>
  );
}

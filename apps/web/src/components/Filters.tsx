import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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

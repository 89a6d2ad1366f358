import { Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';

interface Props {
  title: string;
  /** Buttons on the right of the heading. */
  extra?: ReactNode;
  subtitle?: ReactNode;
}

/** The page's one h1, which also names the browser tab (screen readers announce it on navigation). */
export function PageTitle({ title, extra, subtitle }: Props) {
  useDocumentTitle(title);
  return (
    <div className="page-title">
      <div>
        <Typography.Title level={1} className="page-title__heading">
          {title}
        </Typography.Title>
        {subtitle ? <div className="page-title__subtitle">{subtitle}</div> : null}
      </div>
      {extra ? <div className="page-title__extra no-print">{extra}</div> : null}
    </div>
  );
}

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Suốt Đời` : 'Suốt Đời';
  }, [title]);
}

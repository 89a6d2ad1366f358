import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDocumentTitle } from '../../components/PageTitle';

/** The frame of the pages outside the app shell: sign-in, first-run setup, password change. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <main id="main" className="auth-page">
      <Card className="auth-card">
        <div className="auth-card__top">
          <span className="auth-card__brand">Suốt Đời</span>
          <LanguageSwitch />
        </div>
        <Typography.Title level={1} className="auth-card__title">
          {title}
        </Typography.Title>
        {children}
      </Card>
    </main>
  );
}

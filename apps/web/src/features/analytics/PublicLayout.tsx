import { Spin } from 'antd';
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import './analytics.css';

/**
 * The frame of the public pages (no sign-in): the brand, the language and a way to sign in; no menu, since
 * nothing else is open to the public.
 */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="public-shell">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/public/scorecards" className="app-header__brand">
          Suốt Đời
        </Link>
        <div className="app-header__spacer" />
        <LanguageSwitch />
        <Link to="/login" className="public-shell__signin">
          {t('analytics.public.signIn')}
        </Link>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={<Spin size="large" className="page-spinner" />}>
          {children ?? <Outlet />}
        </Suspense>
      </main>
    </div>
  );
}

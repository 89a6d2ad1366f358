import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasPermission, type Permission } from '../../lib/permissions';
import { useSession } from './session';

/**
 * The gate in front of the app: first-run setup, then sign-in, then a forced password change, then the page.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending)
    return <Spin size="large" className="page-spinner" aria-label={t('common.loading')} />;
  if (session.isError) {
    return (
      <Result
        status="warning"
        title={t('common.serverUnavailable')}
        extra={
          <>
            <ErrorAlert error={session.error} />
            <Button type="primary" onClick={() => void session.refetch()} style={{ marginTop: 16 }}>
              {t('common.retry')}
            </Button>
          </>
        }
      />
    );
  }
  const data = session.data;
  if (data.needsSetup) return <Navigate to="/setup" replace />;
  if (!data.authenticated || !data.user) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (data.user.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace />;
  }
  return <>{children}</>;
}

/** A page only some roles may open; the server refuses anyway, this says so politely. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!hasPermission(session.data?.user, permission)) {
    return <Result status="403" title={t('common.forbiddenTitle')} subTitle={t('errors.FORBIDDEN')} />;
  }
  return <>{children}</>;
}

export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('common.notFoundTitle')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, type InputRef, Spin } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { signIn } from '../../api/auth';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { nextPath } from '../../lib/next-path';
import { AuthCard } from './AuthCard';
import { applySession, useSession } from './session';

interface LoginForm {
  username: string;
  password: string;
}

/** How long to wait, when the server says (a lockout's end, or Retry-After seconds in the details). */
function waitHint(error: unknown): { until?: string; seconds?: number } | null {
  if (!isApiError(error) || !error.details || typeof error.details !== 'object') return null;
  const d = error.details as Record<string, unknown>;
  const until = [d.lockedUntil, d.until].find((v) => typeof v === 'string') as string | undefined;
  const seconds = [d.retryAfter, d.retryAfterSeconds].find((v) => typeof v === 'number') as
    | number
    | undefined;
  return until || seconds ? { until, seconds } : null;
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<LoginForm>();
  const password = useRef<InputRef>(null);
  const login = useMutation({
    mutationFn: signIn,
    onSuccess: (next) => {
      applySession(client, next);
      navigate(next.user?.mustChangePassword ? '/change-password' : nextPath(location.search), {
        replace: true,
      });
    },
    onError: () => {
      form.setFieldValue('password', '');
      password.current?.focus();
    },
  });

  if (session.isPending) return <Spin size="large" className="page-spinner" />;
  if (session.data?.needsSetup) return <Navigate to="/setup" replace />;
  if (session.data?.authenticated && !login.isPending)
    return <Navigate to={nextPath(location.search)} replace />;

  const hint = waitHint(login.error);
  return (
    <AuthCard title={t('auth.signInTitle')}>
      <Form<LoginForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => login.mutate({ username: values.username.trim(), password: values.password })}
      >
        {login.isError ? (
          <div className="form-alert">
            <ErrorAlert error={login.error} />
            {hint ? (
              <Alert
                type="info"
                showIcon
                className="form-alert__hint"
                title={
                  hint.until
                    ? t('auth.lockedUntil', { time: formatDateTime(hint.until) })
                    : t('auth.retryAfter', { seconds: hint.seconds })
                }
              />
            ) : null}
          </div>
        ) : null}
        <Form.Item
          label={t('auth.username')}
          name="username"
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input
            autoComplete="username"
            autoFocus
            data-testid="login-username"
            autoCapitalize="none"
            spellCheck={false}
          />
        </Form.Item>
        <Form.Item
          label={t('auth.password')}
          name="password"
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input.Password ref={password} autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
          {t('auth.signIn')}
        </Button>
      </Form>
    </AuthCard>
  );
}

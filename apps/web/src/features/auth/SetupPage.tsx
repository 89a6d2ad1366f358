import { PASSWORD_MIN } from '@suotdoi/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { setupSystem } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AuthCard } from './AuthCard';
import { applySession, useSession } from './session';

interface SetupForm {
  displayName: string;
  username: string;
  password: string;
  confirm: string;
}

/** First run: no account exists and no SUOTDOI_ADMIN_PASSWORD was given, so the first administrator is made here. */
export function SetupPage() {
  const { t } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const setup = useMutation({
    mutationFn: setupSystem,
    onSuccess: (next) => {
      applySession(client, next);
      navigate('/', { replace: true });
    },
  });
  if (session.isPending) return <Spin size="large" className="page-spinner" />;
  if (session.data && !session.data.needsSetup && !setup.isPending && !setup.isSuccess) {
    return <Navigate to="/login" replace />;
  }
  return (
    <AuthCard title={t('auth.setupTitle')}>
      <Alert type="info" showIcon title={t('auth.setupIntro')} className="form-alert" />
      <Form<SetupForm>
        layout="vertical"
        initialValues={{ username: 'admin' }}
        onFinish={(v) =>
          setup.mutate({
            displayName: v.displayName.trim(),
            username: v.username.trim().toLowerCase(),
            password: v.password,
          })
        }
      >
        {setup.isError ? <ErrorAlert error={setup.error} className="form-alert" /> : null}
        <Form.Item
          label={t('auth.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 100 }]}
        >
          <Input autoComplete="name" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('auth.username')}
          name="username"
          rules={[
            { required: true, message: t('validation.required') },
            { pattern: /^[a-z0-9._-]{3,40}$/i, message: t('validation.username') },
          ]}
        >
          <Input autoComplete="username" autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <PasswordFields />
        <Button type="primary" htmlType="submit" block loading={setup.isPending}>
          {t('auth.setupSubmit')}
        </Button>
      </Form>
    </AuthCard>
  );
}

/** New password and its confirmation, with the shared policy (at least PASSWORD_MIN characters). */
export function PasswordFields({ name = 'password' }: { name?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        label={t('auth.newPassword')}
        name={name}
        extra={t('auth.passwordRule', { min: PASSWORD_MIN })}
        rules={[
          { required: true, message: t('validation.required') },
          { min: PASSWORD_MIN, message: t('auth.passwordRule', { min: PASSWORD_MIN }) },
          { max: 200 },
        ]}
        hasFeedback
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('auth.confirmPassword')}
        name="confirm"
        dependencies={[name]}
        hasFeedback
        rules={[
          { required: true, message: t('validation.required') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue(name) === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { changePassword } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AuthCard } from './AuthCard';
import { PasswordFields } from './SetupPage';
import { SESSION_KEY, useCurrentUser, useSignOut } from './session';

interface ChangeForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** The user changes their own password; forced after an admin reset or a first sign-in (mustChangePassword). */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const forced = !!user?.mustChangePassword;
  const signOut = useSignOut();
  const logout = () => signOut().catch(() => undefined);
  const change = useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: SESSION_KEY });
      message.success(t('auth.passwordChanged'));
      navigate('/', { replace: true });
    },
  });
  return (
    <AuthCard title={t('auth.changePasswordTitle')}>
      {forced ? (
        <Alert type="warning" showIcon title={t('auth.mustChangePassword')} className="form-alert" />
      ) : null}
      <Form<ChangeForm>
        layout="vertical"
        onFinish={(v) => change.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword })}
      >
        {change.isError ? <ErrorAlert error={change.error} className="form-alert" /> : null}
        <Input
          type="text"
          name="username"
          autoComplete="username"
          value={user?.username ?? ''}
          readOnly
          hidden
        />
        <Form.Item
          label={t('auth.currentPassword')}
          name="currentPassword"
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <PasswordFields name="newPassword" />
        <Space>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('auth.changePassword')}
          </Button>
          {forced ? (
            <Button type="link" onClick={() => void logout()}>
              {t('layout.signOut')}
            </Button>
          ) : (
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          )}
        </Space>
      </Form>
    </AuthCard>
  );
}

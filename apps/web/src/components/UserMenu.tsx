import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser, useSignOut } from '../features/auth/session';
import { useErrorText } from './ErrorAlert';

export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { message } = App.useApp();
  const errorText = useErrorText();
  if (!user) return null;

  const logout = () => signOut().catch((error: unknown) => message.error(errorText(error)));

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'password', icon: <KeyOutlined />, label: t('layout.changePassword') },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('layout.signOut') },
        ],
        onClick: ({ key }) => {
          if (key === 'password') navigate('/change-password');
          if (key === 'logout') void logout();
        },
      }}
    >
      <Button
        type="text"
        icon={<UserOutlined />}
        aria-label={t('layout.userMenu', { name: user.displayName })}
        data-testid="user-menu"
      >
        {compact ? null : (
          <>
            <span className="user-menu__name">{user.displayName}</span> <DownOutlined />
          </>
        )}
      </Button>
    </Dropdown>
  );
}

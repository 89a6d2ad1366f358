import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BulbOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FormOutlined,
  LineChartOutlined,
  MenuOutlined,
  ProfileOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Spin } from 'antd';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useCurrentUser } from '../features/auth/session';
import { hasPermission } from '../lib/permissions';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { UnitPicker } from './UnitPicker';
import { UserMenu } from './UserMenu';

const { Header, Sider, Content } = Layout;

function useNavItems() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const items = [
    { key: '/units', icon: <ApartmentOutlined />, label: t('nav.units') },
    { key: '/institutions', icon: <BankOutlined />, label: t('nav.institutions') },
    { key: '/plans', icon: <FileTextOutlined />, label: t('nav.plans') },
    { key: '/tasks/mine', icon: <CheckSquareOutlined />, label: t('nav.myTasks') },
    { key: '/calendar', icon: <CalendarOutlined />, label: t('nav.calendar') },
    { key: '/reports/board', icon: <DashboardOutlined />, label: t('nav.board') },
    { key: '/reports/forms', icon: <ProfileOutlined />, label: t('nav.forms') },
    { key: '/reports', icon: <FormOutlined />, label: t('nav.reports') },
    { key: '/analytics', icon: <LineChartOutlined />, label: t('analytics.nav') },
    { key: '/documents', icon: <FileDoneOutlined />, label: t('documents.nav') },
    { key: '/activities', icon: <ScheduleOutlined />, label: t('activities.nav') },
    { key: '/recognition', icon: <TrophyOutlined />, label: t('recognition.nav') },
    { key: '/good-models', icon: <BulbOutlined />, label: t('goodModels.nav') },
    { key: '/articles', icon: <ReadOutlined />, label: t('articles.nav') },
  ];
  if (hasPermission(user, 'user.manage'))
    items.push({ key: '/users', icon: <TeamOutlined />, label: t('nav.users') });
  if (hasPermission(user, 'audit.read'))
    items.push({ key: '/audit', icon: <AuditOutlined />, label: t('nav.audit') });
  if (hasPermission(user, 'dataQuality.manage')) {
    items.push({ key: '/data-quality', icon: <SafetyCertificateOutlined />, label: t('nav.dataQuality') });
  }
  return items;
}

function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = useNavItems();
  const selected = items.find((i) => pathname === i.key || pathname.startsWith(`${i.key}/`))?.key;
  return (
    <nav aria-label={t('layout.mainNav')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        items={items.map((item) => ({
          key: item.key,
          icon: item.icon,
          label: (
            <Link
              to={item.key}
              onClick={onNavigate}
              aria-current={item.key === selected ? 'page' : undefined}
            >
              {item.label}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}

/**
 * The shell: a skip link, the header (product, working unit, language, user), the section menu (a drawer on
 * narrow screens) and the page. Focus moves to the page's main region after each navigation.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isNarrow = !screens.lg;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each navigation (the path is the trigger).
  useEffect(() => {
    // Announce the new page to keyboard and screen-reader users, except on first load.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <Header className="app-header">
        {isNarrow ? (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('layout.openMenu')}
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
            className="app-header__menu-button"
            data-testid="nav-open"
          />
        ) : null}
        <Link to="/" className="app-header__brand">
          Suốt Đời
        </Link>
        <div className="app-header__spacer" />
        {isNarrow ? null : <UnitPicker />}
        <NotificationBell />
        <LanguageSwitch />
        <UserMenu compact={!screens.md} />
      </Header>
      <Layout>
        {isNarrow ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title="Suốt Đời"
            size={280}
            className="app-drawer"
          >
            <div className="app-drawer__unit">
              <UnitPicker block />
            </div>
            <SideNav onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        ) : (
          <Sider width={232} theme="light" className="app-sider">
            <SideNav />
          </Sider>
        )}
        <Content>
          <main id="main" ref={main} tabIndex={-1} className="app-main">
            <Suspense fallback={<Spin size="large" className="page-spinner" />}>
              <Outlet />
            </Suspense>
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}

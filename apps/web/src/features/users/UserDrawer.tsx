import { DeleteOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { PASSWORD_MIN, type Role, type User } from '@suotdoi/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { createUser, updateUser } from '../../api/users';
import { DrawerFooter } from '../../components/DrawerFooter';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UnitSelect } from '../../components/UnitSelect';
import { generatePassword } from '../../lib/password';
import { grantableRoles } from '../../lib/permissions';
import { useCurrentUser } from '../auth/session';

interface RoleRow {
  role?: Role;
  unitId?: number;
}

interface UserFormValues {
  username: string;
  displayName: string;
  email?: string | null;
  password?: string;
  isActive?: boolean;
  roles: RoleRow[];
}

interface Props {
  /** null: create a new account. */
  user: User | null;
  open: boolean;
  onClose: () => void;
}

/** Roles as the API takes them, dropping incomplete rows and duplicates. */
export function toRoleInputs(rows: readonly RoleRow[]): { role: Role; unitId: number }[] {
  const seen = new Set<string>();
  const out: { role: Role; unitId: number }[] = [];
  for (const r of rows) {
    if (!r?.role || !r.unitId) continue;
    const key = `${r.role}@${r.unitId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ role: r.role, unitId: r.unitId });
  }
  return out;
}

/** Create an account, or edit one: name, e-mail, active, and roles (a role on a unit's subtree). */
export function UserDrawer({ user, open, onClose }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [form] = Form.useForm<UserFormValues>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const isNew = user === null;
  const knownLabels = Object.fromEntries(
    [...(user?.roles ?? []), ...(me?.roles ?? [])].map((r) => [r.unitId, `${r.unitName} (${r.unitCode})`]),
  );
  const roleOptions = grantableRoles(me).map((r) => ({ value: r, label: t(`roles.${r}`) }));

  const save = useMutation({
    mutationFn: (values: UserFormValues) => {
      const roles = toRoleInputs(values.roles);
      const email = values.email?.trim() || null;
      if (isNew) {
        return createUser({
          username: values.username.trim().toLowerCase(),
          displayName: values.displayName.trim(),
          email,
          password: values.password ?? '',
          roles,
        });
      }
      return updateUser(user.id, {
        displayName: values.displayName.trim(),
        email,
        isActive: values.isActive,
        roles,
      });
    },
    onSuccess: () => {
      message.success(isNew ? t('users.created') : t('users.saved'));
      void client.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
  });

  return (
    <Drawer
      title={isNew ? t('users.newTitle') : t('users.editTitle', { name: user.displayName })}
      open={open}
      onClose={onClose}
      size={640}
      destroyOnHidden
      footer={
        <DrawerFooter
          onSave={() => form.submit()}
          onCancel={onClose}
          saving={save.isPending}
          saveTestId="user-save"
          saveLabel={isNew ? t('common.create') : t('common.save')}
        />
      }
    >
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          user
            ? {
                username: user.username,
                displayName: user.displayName,
                email: user.email,
                isActive: user.isActive,
                roles: user.roles.map((r) => ({ role: r.role, unitId: r.unitId })),
              }
            : { roles: [{ role: 'viewer' }], isActive: true }
        }
        onFinish={(values) => save.mutate(values)}
        scrollToFirstError
      >
        {save.isError ? (
          <ErrorAlert
            error={save.error}
            className="form-alert"
            fieldLabel={(f) => t(`users.fields.${f}`, { defaultValue: f })}
          />
        ) : null}
        <Form.Item
          label={t('users.fields.username')}
          name="username"
          rules={[
            { required: true, message: t('validation.required') },
            { pattern: /^[a-zA-Z0-9._-]{3,40}$/, message: t('validation.username') },
          ]}
        >
          <Input disabled={!isNew} autoComplete="off" autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <Form.Item
          label={t('users.fields.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 100 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('users.fields.email')}
          name="email"
          rules={[{ type: 'email', message: t('validation.email') }, { max: 200 }]}
        >
          <Input type="email" autoComplete="off" />
        </Form.Item>
        {isNew ? (
          <Form.Item
            label={t('users.fields.password')}
            required
            extra={t('users.passwordHelp', { min: PASSWORD_MIN })}
          >
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item
                name="password"
                noStyle
                rules={[
                  { required: true, message: t('validation.required') },
                  { min: PASSWORD_MIN, message: t('auth.passwordRule', { min: PASSWORD_MIN }) },
                ]}
              >
                <Input
                  aria-label={t('users.fields.password')}
                  autoComplete="new-password"
                  spellCheck={false}
                />
              </Form.Item>
              <Button
                icon={<ThunderboltOutlined />}
                onClick={() => form.setFieldValue('password', generatePassword())}
              >
                {t('users.generate')}
              </Button>
            </Space.Compact>
          </Form.Item>
        ) : (
          <Form.Item label={t('users.fields.isActive')} name="isActive" valuePropName="checked">
            <Switch checkedChildren={t('users.active')} unCheckedChildren={t('users.inactive')} />
          </Form.Item>
        )}
        <Form.List
          name="roles"
          rules={[
            {
              validator: (_, rows: RoleRow[] | undefined) =>
                toRoleInputs(rows ?? []).length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('users.rolesRequired'))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <fieldset className="fieldset">
              <legend>{t('users.fields.roles')}</legend>
              <Typography.Paragraph type="secondary">{t('users.rolesHelp')}</Typography.Paragraph>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap className="role-row">
                  <Form.Item
                    name={[field.name, 'role']}
                    label={t('users.role', { n: index + 1 })}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <Select options={roleOptions} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'unitId']}
                    label={t('users.unit', { n: index + 1 })}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <UnitSelect knownLabels={knownLabels} style={{ width: 280 }} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('users.removeRole', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                    className="role-row__remove"
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ role: 'viewer' })}>
                {t('users.addRole')}
              </Button>
              <Form.ErrorList errors={errors} />
            </fieldset>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}

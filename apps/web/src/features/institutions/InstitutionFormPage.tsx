import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { CODE_PATTERN, INSTITUTION_LIMITS, type Institution, todayInVietnam } from '@suotdoi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { listAgencies } from '../../api/agencies';
import { isApiError } from '../../api/client';
import {
  closeInstitution,
  createInstitution,
  getInstitution,
  updateInstitution,
} from '../../api/institutions';
import { ErrorAlert, useErrorText } from '../../components/ErrorAlert';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { PageTitle } from '../../components/PageTitle';
import { UnitSelect } from '../../components/UnitSelect';
import { reasonMessage } from '../../i18n/errors';
import { foldFilter } from '../../lib/fold-filter';
import { formatDate, formatDateTime } from '../../lib/format';
import { useUnsavedGuard } from '../../lib/use-unsaved-guard';
import { useCan } from '../auth/session';
import { ConflictPanel } from './ConflictPanel';
import { categoryLabel, categoryOptions } from './categories';
import {
  currentFromConflict,
  EDITABLE_FIELDS,
  type EditableField,
  type InstitutionFormValues,
  toCreateBody,
  toFormValues,
  toUpdateBody,
} from './institution-form';
import { useProvinceOf } from './use-province-of';

export function InstitutionFormPage() {
  const { t, i18n } = useTranslation();
  const { id: rawId } = useParams();
  const isNew = rawId === 'new' || rawId === undefined;
  const id = isNew ? 0 : Number(rawId);
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const canWrite = useCan('institution.write');
  const [form] = Form.useForm<InstitutionFormValues>();
  const [base, setBase] = useState<Institution | null>(null);
  const [conflict, setConflict] = useState<Institution | null>(null);
  const [dirty, setDirtyState] = useState(false);
  // The navigation blocker reads the ref: a save's own navigation happens before React re-renders.
  const dirtyRef = useUnsavedGuard(dirty);
  const setDirty = useCallback(
    (value: boolean) => {
      dirtyRef.current = value;
      setDirtyState(value);
    },
    [dirtyRef],
  );

  const loaded = useQuery({
    queryKey: ['institutions', 'detail', id],
    queryFn: ({ signal }) => getInstitution(id, signal),
    enabled: !isNew && id > 0,
  });

  useEffect(() => {
    if (loaded.data && (!base || base.id !== loaded.data.id)) {
      setBase(loaded.data);
      form.setFieldsValue(toFormValues(loaded.data));
      setDirty(false);
    }
  }, [loaded.data, base, form, setDirty]);

  const parentId = Form.useWatch('parentId', form);
  const provinceId = useProvinceOf(parentId, base?.provinceId ?? null);
  const agencies = useQuery({
    queryKey: ['agencies', provinceId, todayInVietnam()],
    queryFn: ({ signal }) =>
      listAgencies({ provinceId: provinceId ?? undefined, asOf: todayInVietnam() }, signal),
    enabled: !!provinceId,
    staleTime: 5 * 60_000,
  });
  const agencyOptions = useMemo(() => {
    const list = (agencies.data ?? []).map((a) => ({ value: a.id, label: `${a.name} (${a.code})` }));
    if (base?.managingAgencyId && !list.some((o) => o.value === base.managingAgencyId)) {
      list.unshift({
        value: base.managingAgencyId,
        label: base.managingAgencyName ?? `#${base.managingAgencyId}`,
      });
    }
    return list;
  }, [agencies.data, base]);

  /** Server validation names fields as `body.<name>`: put each message under its input. */
  const showFieldErrors = (error: unknown) => {
    if (!isApiError(error)) return;
    const fields = error.problems
      .map((p) => ({ name: p.field.replace(/^body\./, ''), message: reasonMessage(p, i18n.language) }))
      .filter((p) => (EDITABLE_FIELDS as readonly string[]).includes(p.name));
    if (fields.length)
      form.setFields(fields.map((f) => ({ name: f.name as EditableField, errors: [f.message] })));
  };

  const save = useMutation({
    mutationFn: async ({ values, version }: { values: InstitutionFormValues; version?: string }) =>
      isNew ? createInstitution(toCreateBody(values)) : updateInstitution(id, toUpdateBody(values, version!)),
    onSuccess: (saved) => {
      message.success(t('institutions.saved'));
      client.setQueryData(['institutions', 'detail', saved.id], saved);
      void client.invalidateQueries({ queryKey: ['institutions', 'list'] });
      setConflict(null);
      setDirty(false);
      setBase(saved);
      form.setFieldsValue(toFormValues(saved));
      if (isNew) navigate(`/institutions/${saved.id}`, { replace: true, flushSync: true });
    },
    onError: async (error) => {
      if (isApiError(error) && error.code === 'CONFLICT' && !isNew) {
        const current = currentFromConflict(error.details) ?? (await getInstitution(id).catch(() => null));
        if (current) setConflict(current);
        return;
      }
      showFieldErrors(error);
    },
  });

  const close = useMutation({
    mutationFn: () => closeInstitution(id),
    onSuccess: () => {
      message.success(t('institutions.closed'));
      void client.invalidateQueries({ queryKey: ['institutions'] });
      setDirty(false);
      navigate('/institutions', { flushSync: true });
    },
    onError: (error) => message.error(errorText(error)),
  });

  const confirmClose = () =>
    modal.confirm({
      title: t('institutions.closeTitle', { name: base?.name }),
      content: t('institutions.closeBody'),
      okText: t('institutions.close'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => close.mutateAsync(),
    });

  if (!isNew && loaded.isPending) return <Skeleton active />;
  if (!isNew && loaded.isError) {
    return (
      <>
        <PageTitle title={t('institutions.editTitle')} />
        <ErrorAlert error={loaded.error} />
      </>
    );
  }

  const title = isNew ? t('institutions.newTitle') : (base?.name ?? t('institutions.editTitle'));
  const readOnly = !canWrite;

  return (
    <>
      <PageTitle
        title={title}
        subtitle={
          base ? (
            <Space wrap size={4}>
              <Tag>{categoryLabel(base.category, i18n.language)}</Tag>
              {base.isDemo ? <Tag color="orange">{t('institutions.demo')}</Tag> : null}
              {base.validTo ? (
                <Tag color="red">{t('institutions.closedOn', { date: formatDate(base.validTo) })}</Tag>
              ) : null}
              <Typography.Text type="secondary">
                {t('institutions.lastUpdated', { time: formatDateTime(base.updatedAt) })}
              </Typography.Text>
            </Space>
          ) : null
        }
        extra={
          !isNew && canWrite && !base?.validTo ? (
            <Button
              danger
              icon={<DeleteOutlined />}
              onClick={confirmClose}
              loading={close.isPending}
              data-testid="institution-close"
            >
              {t('institutions.close')}
            </Button>
          ) : null
        }
      />
      {readOnly ? (
        <Alert type="info" showIcon title={t('institutions.readOnly')} className="form-alert" />
      ) : null}
      {conflict ? (
        <ConflictPanel
          mine={form.getFieldsValue(true)}
          theirs={conflict}
          saving={save.isPending}
          onTakeTheirs={() => {
            setBase(conflict);
            form.setFieldsValue(toFormValues(conflict));
            setConflict(null);
            setDirty(false);
            save.reset();
          }}
          onKeepMine={() => {
            setBase(conflict);
            save.mutate({ values: form.getFieldsValue(true), version: conflict.updatedAt });
          }}
        />
      ) : null}
      {save.isError && !(isApiError(save.error) && save.error.code === 'CONFLICT') ? (
        <ErrorAlert
          error={save.error}
          className="form-alert"
          fieldLabel={(f) => t(`institutions.fields.${f}`, { defaultValue: f })}
        />
      ) : null}
      <Card className="section">
        <Form<InstitutionFormValues>
          form={form}
          layout="vertical"
          disabled={readOnly}
          initialValues={{ services: [] }}
          onValuesChange={() => setDirty(true)}
          onFinish={(values) => save.mutate({ values, version: base?.updatedAt })}
          scrollToFirstError={{ focus: true }}
          data-testid="institution-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('institutions.fields.code')}
                name="code"
                rules={[
                  { required: true, whitespace: true, message: t('validation.required') },
                  { pattern: CODE_PATTERN, message: t('validation.code') },
                ]}
              >
                <Input autoComplete="off" spellCheck={false} data-testid="institution-code" />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                label={t('institutions.fields.name')}
                name="name"
                rules={[
                  { required: true, whitespace: true, message: t('validation.required') },
                  {
                    max: INSTITUTION_LIMITS.name,
                    message: t('validation.max', { max: INSTITUTION_LIMITS.name }),
                  },
                ]}
              >
                <Input data-testid="institution-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('institutions.fields.category')}
                name="category"
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <Select
                  options={categoryOptions(t, i18n.language)}
                  showSearch={{ filterOption: foldFilter }}
                  placeholder={t('institutions.categoryPlaceholder')}
                  data-testid="institution-category-select"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('institutions.fields.parentId')}
                name="parentId"
                extra={t('institutions.parentHelp')}
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <UnitSelect
                  levels={['commune', 'province']}
                  asOf={todayInVietnam()}
                  knownLabels={
                    base?.parentId ? { [base.parentId]: base.parentName ?? `#${base.parentId}` } : undefined
                  }
                  data-testid="institution-parent"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('institutions.fields.managingAgencyId')}
                name="managingAgencyId"
                extra={provinceId ? undefined : t('institutions.agencyHelp')}
              >
                <Select<number>
                  allowClear
                  options={agencyOptions}
                  loading={agencies.isFetching}
                  showSearch={{ filterOption: foldFilter }}
                  placeholder={t('institutions.agencyPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('institutions.fields.address')}
                name="address"
                rules={[{ max: INSTITUTION_LIMITS.address }]}
              >
                <Input autoComplete="street-address" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('institutions.fields.phone')}
                name="phone"
                rules={[{ max: INSTITUTION_LIMITS.phone }]}
              >
                <Input type="tel" autoComplete="tel" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('institutions.fields.email')}
                name="email"
                rules={[{ type: 'email', message: t('validation.email') }, { max: INSTITUTION_LIMITS.email }]}
              >
                <Input type="email" autoComplete="email" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('institutions.fields.website')}
                name="website"
                rules={[{ max: INSTITUTION_LIMITS.website }]}
              >
                <Input type="url" placeholder="https://" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('institutions.fields.openingHours')}
                name="openingHours"
                rules={[{ max: INSTITUTION_LIMITS.openingHours }]}
              >
                <Input placeholder={t('institutions.openingHoursPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('institutions.fields.services')}
                name="services"
                extra={t('institutions.servicesHelp')}
              >
                <Select mode="tags" tokenSeparators={[';']} suffixIcon={null} notFoundContent={null} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('institutions.fields.validFrom')} name="validFrom">
                <IsoDatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                label={t('institutions.fields.validTo')}
                name="validTo"
                dependencies={['validFrom']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, value: string | null) => {
                      const from = getFieldValue('validFrom') as string | null;
                      return !value || !from || value > from
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('validation.endAfterStart')));
                    },
                  }),
                ]}
              >
                <IsoDatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          {readOnly ? null : (
            <Space wrap>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SaveOutlined />}
                loading={save.isPending && !conflict}
                data-testid="institution-save"
              >
                {isNew ? t('common.create') : t('common.save')}
              </Button>
              <Button htmlType="button" onClick={() => navigate('/institutions')}>
                {t('common.backToList')}
              </Button>
            </Space>
          )}
        </Form>
      </Card>
    </>
  );
}

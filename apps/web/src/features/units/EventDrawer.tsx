import { DeleteOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { CODE_PATTERN, CREATABLE_UNIT_KINDS, LINEAGE_KINDS, type UnitDetail } from '@suotdoi/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { createEvent } from '../../api/units';
import { DrawerFooter } from '../../components/DrawerFooter';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { UnitSelect } from '../../components/UnitSelect';
import { formatNumber } from '../../lib/format';
import {
  type EventFormValues,
  NEW_PREFIX,
  type NewUnitValues,
  nextNewKey,
  sectionsFor,
  suggestEdges,
  toCreateEvent,
  unbalancedSources,
} from './event-form';

interface Props {
  unit: UnitDetail;
  open: boolean;
  onClose: () => void;
}

/**
 * Records a restructuring event (merge, split, rename, move, dissolve) as one legal act on one date, starting
 * from the unit on screen. The server checks the whole event (weights, dates, cycles) and refuses it as a whole.
 */
export function EventDrawer({ unit, open, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<EventFormValues>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form) ?? 'merge';
  const date = Form.useWatch('date', form) ?? undefined;
  const newUnits = (Form.useWatch('newUnits', form) ?? []) as NewUnitValues[];
  const edges = Form.useWatch('edges', form) ?? [];
  const sections = sectionsFor(kind);
  const known = {
    [unit.id]: `${unit.name} (${unit.typeName || t(`units.levels.${unit.level}`)} · ${unit.code})`,
  };

  const save = useMutation({
    mutationFn: createEvent,
    onSuccess: async () => {
      message.success(t('events.saved'));
      await Promise.all(
        ['unit', 'units', 'unit-children', 'events', 'unit-search'].map((key) =>
          client.invalidateQueries({ queryKey: [key] }),
        ),
      );
      form.resetFields();
      onClose();
    },
  });

  const newUnitOptions = newUnits
    .filter((u) => u?.key)
    .map((u, i) => ({
      value: `${NEW_PREFIX}${u.key}`,
      label: `${t('events.newUnitN', { n: i + 1 })}: ${u.name || u.code || u.key}`,
    }));
  const unbalanced = sections.edges ? unbalancedSources(edges) : [];

  const fillEdges = () => {
    const ends = (form.getFieldValue('endUnitIds') as number[] | undefined) ?? [];
    form.setFieldValue(
      'edges',
      suggestEdges(
        ends,
        newUnits.filter((u) => u?.key).map((u) => u.key),
      ),
    );
  };

  return (
    <Drawer
      title={t('events.recordTitle', { name: unit.name })}
      open={open}
      onClose={onClose}
      size={720}
      destroyOnHidden
      footer={
        <DrawerFooter
          onSave={() => form.submit()}
          onCancel={onClose}
          saving={save.isPending}
          saveTestId="event-submit"
          saveLabel={t('events.save')}
        />
      }
    >
      <Form<EventFormValues>
        form={form}
        layout="vertical"
        initialValues={{
          kind: 'merge',
          endUnitIds: [unit.id],
          newUnits: [{ key: 'n1', level: unit.level, parentId: unit.parentId }],
          edges: [],
          renameUnitId: unit.id,
          renameName: unit.name,
          renameTypeName: unit.typeName,
          moveUnitId: unit.id,
        }}
        onFinish={(values) => save.mutate(toCreateEvent(values))}
        scrollToFirstError
      >
        {save.isError ? <ErrorAlert error={save.error} className="form-alert" /> : null}
        <Form.Item label={t('events.kind')} name="kind" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={LINEAGE_KINDS.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t(`events.kindHelp.${kind}`)}</Typography.Paragraph>
        <Space wrap size="large" align="start">
          <Form.Item
            label={t('events.date')}
            name="date"
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <IsoDatePicker />
          </Form.Item>
          <Form.Item label={t('events.legalRef')} name="legalRef" rules={[{ max: 200 }]}>
            <Input placeholder="202/2025/QH15" style={{ minWidth: 260 }} />
          </Form.Item>
        </Space>
        <Form.Item label={t('events.note')} name="note" rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>

        {sections.endUnits ? (
          <Form.Item
            label={t('events.endUnits')}
            name="endUnitIds"
            extra={t('events.endUnitsHelp')}
            rules={[{ required: true, type: 'array', min: 1, message: t('validation.required') }]}
          >
            <UnitSelect mode="multiple" knownLabels={known} />
          </Form.Item>
        ) : null}

        {sections.newUnits ? (
          <Form.List name="newUnits">
            {(fields, { add, remove }) => (
              <fieldset className="fieldset">
                <legend>{t('events.newUnits')}</legend>
                {fields.map((field, index) => (
                  <Card
                    key={field.key}
                    size="small"
                    className="nested-card"
                    title={t('events.newUnitN', { n: index + 1 })}
                    extra={
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('events.removeNewUnit', { n: index + 1 })}
                        onClick={() => remove(field.name)}
                      />
                    }
                  >
                    <Form.Item name={[field.name, 'key']} hidden>
                      <Input />
                    </Form.Item>
                    <Space wrap align="start">
                      <Form.Item
                        label={t('units.code')}
                        name={[field.name, 'code']}
                        rules={[
                          { required: true, message: t('validation.required') },
                          { pattern: CODE_PATTERN, message: t('validation.code') },
                        ]}
                      >
                        <Input style={{ width: 140 }} />
                      </Form.Item>
                      <Form.Item
                        label={t('units.name')}
                        name={[field.name, 'name']}
                        rules={[
                          { required: true, whitespace: true, message: t('validation.required') },
                          { max: 200 },
                        ]}
                      >
                        <Input style={{ width: 260 }} />
                      </Form.Item>
                      <Form.Item
                        label={t('units.level')}
                        name={[field.name, 'level']}
                        rules={[{ required: true }]}
                      >
                        <Select
                          style={{ width: 160 }}
                          options={CREATABLE_UNIT_KINDS.map((k) => ({
                            value: k,
                            label: t(`units.levels.${k}`),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item
                        label={t('units.typeName')}
                        name={[field.name, 'typeName']}
                        rules={[{ max: 60 }]}
                      >
                        <Input style={{ width: 140 }} placeholder={t('units.typeNamePlaceholder')} />
                      </Form.Item>
                    </Space>
                    <Form.Item label={t('units.parent')} name={[field.name, 'parentId']}>
                      <UnitSelect asOf={date ?? undefined} allowClear />
                    </Form.Item>
                  </Card>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() =>
                    add({
                      key: nextNewKey(form.getFieldValue('newUnits') ?? []),
                      level: unit.level,
                      parentId: unit.parentId,
                    })
                  }
                >
                  {t('events.addNewUnit')}
                </Button>
              </fieldset>
            )}
          </Form.List>
        ) : null}

        {sections.edges ? (
          <Form.List name="edges">
            {(fields, { add, remove }) => (
              <fieldset className="fieldset">
                <legend>{t('events.edges')}</legend>
                <Typography.Paragraph type="secondary">{t('events.edgesHelp')}</Typography.Paragraph>
                {fields.map((field, index) => (
                  <Space key={field.key} wrap align="start" className="edge-row">
                    <Form.Item
                      label={t('events.from')}
                      name={[field.name, 'fromUnitId']}
                      rules={[{ required: true, message: t('validation.required') }]}
                    >
                      <UnitSelect knownLabels={known} style={{ width: 240 }} />
                    </Form.Item>
                    <Form.Item
                      label={t('events.to')}
                      name={[field.name, 'to']}
                      rules={[{ required: true, message: t('validation.required') }]}
                    >
                      <UnitSelect extraOptions={newUnitOptions} style={{ width: 240 }} />
                    </Form.Item>
                    <Form.Item
                      label={t('events.weight')}
                      name={[field.name, 'weight']}
                      rules={[
                        {
                          required: true,
                          type: 'number',
                          min: 0.0001,
                          max: 1,
                          message: t('events.weightRule'),
                        },
                      ]}
                    >
                      <InputNumber min={0.0001} max={1} step={0.1} style={{ width: 110 }} />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('events.removeEdge', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                      className="edge-row__remove"
                    />
                  </Space>
                ))}
                <Space wrap>
                  <Button icon={<PlusOutlined />} onClick={() => add({ weight: 1 })}>
                    {t('events.addEdge')}
                  </Button>
                  {sections.newUnits ? (
                    <Button icon={<ThunderboltOutlined />} onClick={fillEdges}>
                      {t('events.suggestEdges')}
                    </Button>
                  ) : null}
                </Space>
                {unbalanced.length > 0 ? (
                  <Alert
                    className="form-alert"
                    type="warning"
                    showIcon
                    title={t('events.unbalanced')}
                    description={unbalanced
                      .map((u) => `#${u.fromUnitId}: ${formatNumber(u.sum, i18n.language, 4)}`)
                      .join('; ')}
                  />
                ) : null}
              </fieldset>
            )}
          </Form.List>
        ) : null}

        {sections.rename ? (
          <fieldset className="fieldset">
            <legend>{t('events.rename')}</legend>
            <Form.Item label={t('events.unit')} name="renameUnitId" rules={[{ required: true }]}>
              <UnitSelect knownLabels={known} />
            </Form.Item>
            <Form.Item
              label={t('events.newName')}
              name="renameName"
              rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 200 }]}
            >
              <Input />
            </Form.Item>
            <Form.Item label={t('events.newTypeName')} name="renameTypeName" rules={[{ max: 60 }]}>
              <Input placeholder={t('units.typeNamePlaceholder')} />
            </Form.Item>
          </fieldset>
        ) : null}

        {sections.move ? (
          <fieldset className="fieldset">
            <legend>{t('events.move')}</legend>
            <Form.Item label={t('events.unit')} name="moveUnitId" rules={[{ required: true }]}>
              <UnitSelect knownLabels={known} />
            </Form.Item>
            <Form.Item
              label={t('events.newParent')}
              name="moveParentId"
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <UnitSelect asOf={date ?? undefined} />
            </Form.Item>
          </fieldset>
        ) : null}
      </Form>
    </Drawer>
  );
}

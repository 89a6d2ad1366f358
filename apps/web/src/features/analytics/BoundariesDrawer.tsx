import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import type { BoundaryInfo } from '@suotdoi/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteBoundaries, type GeoJsonCollection, putBoundaries } from '../../api/analytics';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { type CheckResult, checkBoundaries, normaliseBoundaries } from './geojson';

export const BOUNDARIES_KEY = ['analytics', 'boundaries'] as const;

const REASONS = [
  'not_feature_collection',
  'empty',
  'not_feature',
  'not_polygon',
  'required',
  'no_province_matched',
] as const;

/** The server's objections to a file, each feature's in words ("features[3].geometry: not an area"). */
function UploadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problems = isApiError(error) ? error.problems : [];
  const known = problems.filter((p) => (REASONS as readonly string[]).includes(p.reason));
  if (known.length === 0 || known.length < problems.length) return <ErrorAlert error={error} />;
  return (
    <Alert
      type="error"
      showIcon
      title={t('errors.VALIDATION_FAILED')}
      description={
        <ul className="problem-list">
          {known.map((p) => (
            <li key={`${p.field}-${p.reason}`}>
              <code>{p.field}</code>: {t(`analytics.boundaries.reasons.${p.reason}`)}
            </li>
          ))}
        </ul>
      }
      data-testid="boundaries-upload-error"
    />
  );
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** The boundaries in use, or null for none. */
  current: GeoJsonCollection | null | undefined;
}

/**
 * The system admin's upload of province boundaries for the choropleth: the file is checked in the browser first
 * (JSON, a FeatureCollection, province codes), then stored; it can be removed again.
 */
export function BoundariesDrawer({ open, onClose, current }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [checked, setChecked] = useState<CheckResult | null>(null);
  const [result, setResult] = useState<BoundaryInfo | null>(null);

  const upload = useMutation({
    mutationFn: (collection: GeoJsonCollection) => putBoundaries(collection),
    onSuccess: (info, collection) => {
      setResult(info);
      setChecked(null);
      client.setQueryData(BOUNDARIES_KEY, collection);
    },
  });
  const remove = useMutation({
    mutationFn: deleteBoundaries,
    onSuccess: () => {
      setResult(null);
      client.setQueryData(BOUNDARIES_KEY, null);
      message.success(t('analytics.boundaries.removed'));
    },
  });

  const pick = async (file: File | undefined) => {
    setResult(null);
    upload.reset();
    setChecked(file ? checkBoundaries(await file.text()) : null);
  };
  const inUse = current ? normaliseBoundaries(current) : null;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('analytics.boundaries.title')}
      size={480}
      data-testid="boundaries-drawer"
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('analytics.boundaries.help')}</Typography.Paragraph>
        {inUse ? (
          <Alert
            type="info"
            showIcon
            title={t('analytics.boundaries.current', {
              features: inUse.features,
              matched: inUse.matched.length,
            })}
            data-testid="boundaries-current"
          />
        ) : (
          <Alert type="info" showIcon title={t('analytics.boundaries.none')} />
        )}
        <div className="file-field">
          <label htmlFor="boundaries-file" className="file-field__label">
            {t('analytics.boundaries.file')}
          </label>
          <input
            id="boundaries-file"
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            className="file-field__input"
            onChange={(e) => void pick(e.target.files?.[0])}
            data-testid="boundaries-file"
          />
        </div>
        {checked && !checked.ok ? (
          <Alert
            type="error"
            showIcon
            title={t(`analytics.boundaries.problems.${checked.problem}`)}
            data-testid="boundaries-problem"
          />
        ) : null}
        {checked?.ok ? (
          <Alert
            type={checked.value.matched.length < 34 ? 'warning' : 'success'}
            showIcon
            title={t('analytics.boundaries.checked', {
              features: checked.value.features,
              matched: checked.value.matched.length,
            })}
            description={
              checked.value.unknown.length > 0
                ? t('analytics.boundaries.unknownCodes', { codes: checked.value.unknown.join(', ') })
                : undefined
            }
          />
        ) : null}
        {upload.isError ? <UploadError error={upload.error} /> : null}
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        {result ? (
          <Alert
            type="success"
            showIcon
            title={t('analytics.boundaries.uploaded', { features: result.features, matched: result.matched })}
            description={t('analytics.boundaries.uploadedAt', { time: formatDateTime(result.uploadedAt) })}
            data-testid="boundaries-result"
          />
        ) : null}
        <Space wrap>
          <Button
            type="primary"
            icon={<UploadOutlined />}
            disabled={!checked?.ok}
            loading={upload.isPending}
            onClick={() => checked?.ok && upload.mutate(checked.value.collection)}
            data-testid="boundaries-upload"
          >
            {t('analytics.boundaries.upload')}
          </Button>
          <Popconfirm
            title={t('analytics.boundaries.removeConfirm')}
            onConfirm={() => remove.mutate()}
            okText={t('analytics.boundaries.remove')}
            cancelText={t('common.cancel')}
          >
            <Button danger icon={<DeleteOutlined />} disabled={!current} loading={remove.isPending}>
              {t('analytics.boundaries.remove')}
            </Button>
          </Popconfirm>
        </Space>
      </Space>
    </Drawer>
  );
}

import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IMAGE_ACCEPT, type Image } from '../../api/images';
import { useImageUpload } from './use-image-upload';

interface Props {
  id: string;
  value?: Image | null;
  onChange?: (image: Image | null) => void;
  unitId: number | null;
  disabled?: boolean;
}

/**
 * The cover image as a form control: uploaded at once (with its percentage) for the article's unit, previewed,
 * replaced or removed. A file that is not an image or is over 5 MB is refused in words before it is sent.
 */
export function CoverField({ id, value, onChange, unitId, disabled }: Props) {
  const { t } = useTranslation();
  const { upload, progress, error } = useImageUpload();
  const picker = useRef<HTMLInputElement>(null);
  const pick = async (file: File | undefined) => {
    if (!file || unitId === null) return;
    const image = await upload(unitId, file);
    if (image) onChange?.(image);
  };

  return (
    <div className="cover-field">
      {value ? (
        <figure className="cover-field__preview">
          <img src={value.url} alt={t('articles.cover.preview', { name: value.name })} />
        </figure>
      ) : null}
      <input
        ref={picker}
        type="file"
        accept={IMAGE_ACCEPT}
        hidden
        onChange={(e) => {
          void pick(e.target.files?.[0]);
          e.target.value = '';
        }}
        data-testid="cover-file"
      />
      <Space wrap>
        <Button
          id={id}
          icon={<UploadOutlined />}
          onClick={() => picker.current?.click()}
          loading={!!progress}
          disabled={disabled || unitId === null}
          aria-describedby={`${id}-help`}
          data-testid="cover-upload"
        >
          {value ? t('articles.cover.replace') : t('articles.cover.choose')}
        </Button>
        {value ? (
          <Button
            icon={<DeleteOutlined />}
            onClick={() => onChange?.(null)}
            disabled={disabled || !!progress}
            data-testid="cover-remove"
          >
            {t('articles.cover.remove')}
          </Button>
        ) : null}
      </Space>
      {progress ? (
        <div aria-live="polite" className="cover-field__progress">
          <Typography.Text>{t('articles.cover.uploading', { name: progress.name })}</Typography.Text>
          <Progress percent={progress.percent} size="small" />
        </div>
      ) : null}
      <div
        id={`${id}-help`}
        className={error ? 'cover-field__error' : 'cover-field__help'}
        role={error ? 'alert' : undefined}
      >
        {error ?? (unitId === null ? t('articles.cover.unitFirst') : t('articles.cover.help'))}
      </div>
    </div>
  );
}

import { CloseOutlined, PictureOutlined, StarOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Typography } from 'antd';
import { type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { IMAGE_ACCEPT, type Image, uploadImage } from '../api/images';
import { errorMessage, reasonMessage } from '../i18n/errors';
import { formatBytes, moveToFront, sortPickedFiles, uploadPercent } from './image-picking';
import './image-uploader.css';

interface Props {
  /** The unit the images are uploaded for (content.write on it); none: the picker waits for one. */
  unitId: number | null | undefined;
  value?: Image[];
  onChange?: (images: Image[]) => void;
  /** How many images at most (the good models' and the articles' contracts take 8 and 1). */
  max?: number;
  /** Set by Form.Item: the label's `for` lands on the pick button. */
  id?: string;
  disabled?: boolean;
  'data-testid'?: string;
}

interface Upload {
  key: number;
  name: string;
  percent: number;
  /** A local preview of the file while it travels. */
  preview: string;
}

interface Refusal {
  key: number;
  text: string;
}

let nextKey = 1;

/**
 * Ảnh: pick or drop images; each is checked in the browser (an image, at most 5 MB: refused in words before
 * sending), uploaded with a percentage (POST /api/images?unitId=), then shown as a thumbnail that can be removed or
 * made the first (the cover). The server's own refusal shows too, naming the file.
 */
export function ImageUploader({ unitId, value, onChange, max = 8, id, disabled, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const images = value ?? [];
  // Uploads finish one by one, possibly before the next render: each appends to the newest list, not a stale one.
  const latest = useRef(images);
  latest.current = images;
  const input = useRef<HTMLInputElement>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [dragging, setDragging] = useState(false);
  const locked = disabled || !unitId;
  const room = max - images.length - uploads.length;

  const change = (next: Image[]) => {
    latest.current = next;
    onChange?.(next);
  };
  const refuse = (text: string) => setRefusals((list) => [...list, { key: nextKey++, text }]);

  const send = async (file: File) => {
    const upload: Upload = {
      key: nextKey++,
      name: file.name,
      percent: 0,
      preview: URL.createObjectURL(file),
    };
    setUploads((list) => [...list, upload]);
    const progress = (fraction: number) =>
      setUploads((list) =>
        list.map((u) => (u.key === upload.key ? { ...u, percent: uploadPercent(fraction) } : u)),
      );
    try {
      const image = await uploadImage(unitId!, file, progress);
      change([...latest.current, image]);
    } catch (error) {
      const problems = isApiError(error) ? error.problems : [];
      refuse(
        problems.length
          ? problems.map((p) => reasonMessage({ ...p, value: p.value ?? file.name }, i18n.language)).join(' ')
          : t('goodModels.images.failed', { name: file.name, error: errorMessage(error, i18n.language) }),
      );
    } finally {
      URL.revokeObjectURL(upload.preview);
      setUploads((list) => list.filter((u) => u.key !== upload.key));
    }
  };

  const pick = (files: readonly File[]) => {
    if (locked || files.length === 0) return;
    const { accepted, refused } = sortPickedFiles(files, images.length + uploads.length, max);
    for (const { file, reason } of refused) {
      refuse(
        reason === 'too_many'
          ? t('goodModels.images.tooMany', { name: file.name, max })
          : reasonMessage({ reason, value: file.name }, i18n.language),
      );
    }
    for (const file of accepted) void send(file);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    pick([...e.dataTransfer.files]);
  };

  return (
    <div className="image-uploader" data-testid={rest['data-testid']}>
      {/* A drop target for a mouse; the button inside does the same by keyboard. */}
      <fieldset
        aria-label={t('goodModels.images.dropZone')}
        className={`image-uploader__zone${dragging ? ' image-uploader__zone--over' : ''}${locked ? ' image-uploader__zone--off' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          if (!locked) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <PictureOutlined className="image-uploader__icon" aria-hidden />
        <Button
          id={id}
          icon={<UploadOutlined aria-hidden />}
          onClick={() => input.current?.click()}
          disabled={locked || room <= 0}
          data-testid={rest['data-testid'] && `${rest['data-testid']}-pick`}
        >
          {t('goodModels.images.pick')}
        </Button>
        <Typography.Text type="secondary" className="image-uploader__hint">
          {!unitId
            ? t('goodModels.images.unitFirst')
            : room <= 0
              ? t('goodModels.images.full', { max })
              : t('goodModels.images.hint', { max })}
        </Typography.Text>
        <input
          ref={input}
          type="file"
          accept={IMAGE_ACCEPT}
          multiple={max > 1}
          // Out of sight and out of the Tab order: the button above opens it.
          style={{ display: 'none' }}
          tabIndex={-1}
          aria-hidden
          onChange={(e) => {
            pick([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
          data-testid={rest['data-testid'] && `${rest['data-testid']}-input`}
        />
      </fieldset>

      <div aria-live="polite">
        {refusals.map((r) => (
          <Alert
            key={r.key}
            type="error"
            showIcon
            closable={{ onClose: () => setRefusals((list) => list.filter((x) => x.key !== r.key)) }}
            title={r.text}
            className="image-uploader__refusal"
            data-testid="image-refused"
          />
        ))}
      </div>

      {images.length + uploads.length > 0 ? (
        <ul className="image-uploader__list" aria-label={t('goodModels.images.listLabel')}>
          {images.map((image, i) => (
            <li key={image.id} className="image-uploader__item" data-testid={`image-item-${i}`}>
              <img
                src={image.url}
                alt={t('goodModels.images.alt', { n: i + 1, name: image.name })}
                className="image-uploader__thumb"
              />
              <div className="image-uploader__meta">
                <span className="image-uploader__name" title={image.name}>
                  {image.name}
                </span>
                <Typography.Text type="secondary">
                  {i === 0 ? `${t('goodModels.images.cover')} · ` : ''}
                  {formatBytes(image.size, i18n.language)}
                </Typography.Text>
              </div>
              <div className="image-uploader__actions">
                {i > 0 ? (
                  <Button
                    size="small"
                    type="text"
                    icon={<StarOutlined aria-hidden />}
                    aria-label={t('goodModels.images.makeCover', { name: image.name })}
                    title={t('goodModels.images.makeCover', { name: image.name })}
                    onClick={() => change(moveToFront(images, i))}
                    disabled={disabled}
                  />
                ) : null}
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<CloseOutlined aria-hidden />}
                  aria-label={t('goodModels.images.remove', { name: image.name })}
                  title={t('goodModels.images.remove', { name: image.name })}
                  onClick={() => change(images.filter((x) => x.id !== image.id))}
                  disabled={disabled}
                  data-testid={`image-remove-${i}`}
                />
              </div>
            </li>
          ))}
          {uploads.map((u) => (
            <li key={u.key} className="image-uploader__item" data-testid="image-uploading">
              <img src={u.preview} alt="" className="image-uploader__thumb image-uploader__thumb--busy" />
              <div className="image-uploader__meta">
                <span className="image-uploader__name">{u.name}</span>
                <Progress
                  percent={u.percent}
                  size="small"
                  aria-label={t('goodModels.images.uploading', { name: u.name, percent: u.percent })}
                />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

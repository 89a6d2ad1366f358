import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMAGE_ACCEPT, type Image } from '../../api/images';
import { useImageUpload } from './use-image-upload';

interface Props {
  /** The unit the image is uploaded for; null until the article's unit is chosen. */
  unitId: number | null;
  onInsert: (image: Image, alt: string) => void;
  onClose: () => void;
}

const ALT_MAX = 250;

/**
 * Puts an image in the body: the file is checked and uploaded (with its percentage) to /api/images, then its
 * description is asked for (the alt text a screen reader reads) before it is inserted as <img src="/media/…">.
 */
export function ImageDialog({ unitId, onInsert, onClose }: Props) {
  const { t } = useTranslation();
  const { upload, progress, error } = useImageUpload();
  const [image, setImage] = useState<Image | null>(null);
  const [alt, setAlt] = useState('');
  const [altMissing, setAltMissing] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const altInput = useRef<HTMLInputElement>(null);

  const pick = async (file: File | undefined) => {
    if (!file || unitId === null) return;
    const uploaded = await upload(unitId, file);
    if (uploaded) {
      setImage(uploaded);
      setTimeout(() => altInput.current?.focus(), 0);
    }
  };
  const insert = () => {
    if (!image) return;
    if (!alt.trim()) {
      setAltMissing(true);
      altInput.current?.focus();
      return;
    }
    onInsert(image, alt.trim());
  };

  return (
    <Modal
      open
      title={t('articles.editor.imageDialog.title')}
      onCancel={onClose}
      destroyOnHidden
      okText={t('articles.editor.imageDialog.insert')}
      onOk={insert}
      okButtonProps={{ disabled: !image, 'data-testid': 'image-insert' }}
      cancelText={t('common.cancel')}
    >
      {unitId === null ? (
        <Alert type="warning" showIcon title={t('articles.cover.unitFirst')} />
      ) : (
        <Form layout="vertical" onFinish={insert}>
          <Form.Item
            label={t('articles.editor.imageDialog.file')}
            htmlFor="image-file-button"
            help={error ?? t('articles.cover.help')}
            validateStatus={error ? 'error' : undefined}
          >
            <input
              ref={picker}
              type="file"
              accept={IMAGE_ACCEPT}
              hidden
              // Ant Design's form styles show file inputs (display: block) over the hidden attribute.
              style={{ display: 'none' }}
              onChange={(e) => {
                void pick(e.target.files?.[0]);
                e.target.value = '';
              }}
              data-testid="image-file"
            />
            <Button
              id="image-file-button"
              icon={<UploadOutlined />}
              onClick={() => picker.current?.click()}
              loading={!!progress}
              autoFocus
            >
              {image ? t('articles.cover.replace') : t('articles.cover.choose')}
            </Button>
          </Form.Item>
          {progress ? (
            <div aria-live="polite">
              <Typography.Text>{t('articles.cover.uploading', { name: progress.name })}</Typography.Text>
              <Progress percent={progress.percent} size="small" />
            </div>
          ) : null}
          {image ? (
            <>
              <figure className="rte-upload-preview">
                <img src={image.url} alt="" />
                <figcaption>{t('articles.editor.imageDialog.uploaded', { name: image.name })}</figcaption>
              </figure>
              <Form.Item
                label={t('articles.editor.imageDialog.alt')}
                htmlFor="image-alt"
                required
                validateStatus={altMissing ? 'error' : undefined}
                help={
                  altMissing
                    ? t('articles.editor.imageDialog.altRequired')
                    : t('articles.editor.imageDialog.altHelp')
                }
              >
                <Input
                  id="image-alt"
                  data-testid="image-alt"
                  ref={(el) => {
                    altInput.current = el?.input ?? null;
                  }}
                  maxLength={ALT_MAX}
                  value={alt}
                  onChange={(e) => {
                    setAlt(e.target.value);
                    setAltMissing(false);
                  }}
                  onPressEnter={(e) => {
                    e.preventDefault();
                    insert();
                  }}
                  aria-invalid={altMissing ? true : undefined}
                />
              </Form.Item>
            </>
          ) : null}
        </Form>
      )}
    </Modal>
  );
}

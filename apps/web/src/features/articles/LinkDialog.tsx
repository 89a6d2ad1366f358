import { Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkLinkUrl } from './link-url';

interface Props {
  /** The address of the link at the cursor, when there is one. */
  current: string | null;
  onApply: (url: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

/**
 * Asks for a link's address (Ctrl+K or the toolbar's button). Only http, https and mailto are taken; a bare
 * "thuvien.vn" gains https:// and an e-mail address mailto:. Enter applies, Esc closes.
 */
export function LinkDialog({ current, onApply, onRemove, onClose }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(current ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const apply = () => {
    const check = checkLinkUrl(value);
    if (!check.ok) {
      setProblem(t(`articles.editor.linkDialog.problems.${check.problem}`));
      return;
    }
    onApply(check.url);
  };

  return (
    <Modal
      open
      title={t('articles.editor.linkDialog.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        current ? (
          <Button key="remove" danger onClick={onRemove} data-testid="link-remove">
            {t('articles.editor.linkDialog.remove')}
          </Button>
        ) : null,
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="apply" type="primary" onClick={apply} data-testid="link-apply">
          {t('articles.editor.linkDialog.apply')}
        </Button>,
      ]}
    >
      <Form layout="vertical" onFinish={apply}>
        <Form.Item
          label={t('articles.editor.linkDialog.url')}
          htmlFor="link-url"
          validateStatus={problem ? 'error' : undefined}
          help={problem ?? t('articles.editor.linkDialog.help')}
        >
          <Input
            id="link-url"
            data-testid="link-url"
            autoFocus
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setProblem(null);
            }}
            onPressEnter={(e) => {
              e.preventDefault();
              apply();
            }}
            aria-invalid={problem ? true : undefined}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

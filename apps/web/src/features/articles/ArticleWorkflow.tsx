import {
  CheckCircleOutlined,
  DeleteOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStep } from '../../api/articles';
import type { ArticleActions } from './article-workflow';

/** The steps as the buttons and words name them ("sendBack" is the API's /return). */
export const STEP_OF = {
  submit: 'submit',
  publish: 'publish',
  sendBack: 'return',
  unpublish: 'unpublish',
} as const;
export type StepName = keyof typeof STEP_OF;
const STEP_ORDER: StepName[] = ['submit', 'publish', 'sendBack', 'unpublish'];

const NOTE_MAX = 1000;

interface Props {
  actions: ArticleActions;
  /** Unsaved changes are saved before a step: the dialog says so. */
  dirty: boolean;
  busy: boolean;
  onStep: (step: ArticleStep, note: string | null) => Promise<unknown>;
  onRemove: () => void;
}

/**
 * The workflow buttons the status and the person's permissions allow, each confirmed in a dialog that takes a
 * note for the history (required to return an article: the writer must know what to change).
 */
export function ArticleWorkflow({ actions, dirty, busy, onStep, onRemove }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<StepName | null>(null);
  const icons: Record<StepName, React.ReactNode> = {
    submit: <SendOutlined />,
    publish: <CheckCircleOutlined />,
    sendBack: <RollbackOutlined />,
    unpublish: <StopOutlined />,
  };
  // The step that moves the article forward is the primary button.
  const primary: StepName | undefined = actions.publish ? 'publish' : actions.submit ? 'submit' : undefined;

  return (
    <>
      {STEP_ORDER.filter((s) => actions[s]).map((s) => (
        <Button
          key={s}
          type={s === primary ? 'primary' : 'default'}
          danger={s === 'unpublish'}
          icon={icons[s]}
          onClick={() => setOpen(s)}
          disabled={busy}
          data-testid={`article-${s}`}
        >
          {t(`articles.actions.${s}`)}
        </Button>
      ))}
      {actions.remove ? (
        <Button
          danger
          icon={<DeleteOutlined />}
          onClick={onRemove}
          disabled={busy}
          data-testid="article-remove"
        >
          {t('articles.actions.remove')}
        </Button>
      ) : null}
      {open ? (
        <StepDialog
          step={open}
          dirty={dirty}
          onClose={() => setOpen(null)}
          onConfirm={async (note) => {
            await onStep(STEP_OF[open], note);
            setOpen(null);
          }}
        />
      ) : null}
    </>
  );
}

function StepDialog(props: {
  step: StepName;
  dirty: boolean;
  onClose: () => void;
  onConfirm: (note: string | null) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { step } = props;
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [running, setRunning] = useState(false);
  const required = step === 'sendBack';
  const confirm = async () => {
    if (required && !note.trim()) {
      setMissing(true);
      return;
    }
    setRunning(true);
    try {
      await props.onConfirm(note.trim() || null);
    } catch {
      // The page shows the failure; the dialog closes so it can be read.
      props.onClose();
    } finally {
      setRunning(false);
    }
  };

  return (
    <Modal
      open
      title={t(`articles.workflow.confirm.${step}.title`)}
      onCancel={props.onClose}
      onOk={() => void confirm()}
      okText={t(`articles.actions.${step}`)}
      okButtonProps={{ danger: step === 'unpublish', 'data-testid': 'step-confirm' }}
      cancelText={t('common.cancel')}
      confirmLoading={running}
      destroyOnHidden
    >
      <Typography.Paragraph>{t(`articles.workflow.confirm.${step}.body`)}</Typography.Paragraph>
      {props.dirty ? (
        <Typography.Paragraph type="warning">{t('articles.workflow.savesFirst')}</Typography.Paragraph>
      ) : null}
      <Form layout="vertical">
        <Form.Item
          label={required ? t('articles.workflow.note') : t('articles.workflow.noteOptional')}
          htmlFor="step-note"
          required={required}
          validateStatus={missing ? 'error' : undefined}
          help={missing ? t('articles.workflow.noteRequired') : undefined}
        >
          <Input.TextArea
            id="step-note"
            data-testid="step-note"
            autoFocus
            autoSize={{ minRows: required ? 3 : 2, maxRows: 8 }}
            maxLength={NOTE_MAX}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              setMissing(false);
            }}
            aria-invalid={missing ? true : undefined}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

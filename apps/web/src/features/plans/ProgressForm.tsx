import { DeleteOutlined, SendOutlined } from '@ant-design/icons';
import { TASK_STATUSES } from '@suotdoi/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Progress, Select, Space, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postTaskUpdate, type Task, type TaskStatus } from '../../api/plans';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EVIDENCE_ACCEPT, evidenceProblem, fileSizeText } from './task-view';

interface Values {
  status: TaskStatus;
  narrative: string;
}

/**
 * Báo cáo tiến độ: a task's status with a progress note and evidence files (PDF, Word, Excel, pictures up to
 * 10 MB each), sent in one request with a progress bar. Used in the task drawer and in "my tasks".
 */
export function ProgressForm({ task, onDone }: { task: Pick<Task, 'id' | 'status'>; onDone?: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const bad = files.map((f) => ({ file: f, problem: evidenceProblem(f) })).filter((x) => x.problem);

  const submit = async (values: Values) => {
    if (bad.length > 0) return;
    setError(null);
    setProgress(0);
    try {
      await postTaskUpdate(
        task.id,
        { status: values.status, narrative: values.narrative.trim(), files },
        setProgress,
      );
      message.success(t('plans.progress.saved'));
      form.resetFields(['narrative']);
      setFiles([]);
      if (input.current) input.current.value = '';
      void client.invalidateQueries({ queryKey: ['plans'] });
      void client.invalidateQueries({ queryKey: ['tasks'] });
      void client.invalidateQueries({ queryKey: ['calendar'] });
      onDone?.();
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ status: task.status, narrative: '' }}
      onFinish={(v) => void submit(v)}
      disabled={busy}
      className="progress-form"
    >
      {error ? <ErrorAlert error={error} className="form-alert" /> : null}
      <Form.Item label={t('plans.progress.status')} name="status" rules={[{ required: true }]}>
        <Select
          data-testid="task-status-select"
          options={TASK_STATUSES.map((s) => ({ value: s, label: t(`plans.taskStatuses.${s}`) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('plans.progress.note')}
        name="narrative"
        rules={[
          { required: true, whitespace: true, message: t('plans.progress.noteRequired') },
          { max: 20000, message: t('validation.max', { max: 20000 }) },
        ]}
        extra={t('plans.progress.noteHelp')}
      >
        <Input.TextArea rows={4} data-testid="task-progress-note" />
      </Form.Item>
      <div className="file-field">
        <label htmlFor={fileId} className="file-field__label">
          {t('plans.progress.evidence')}
        </label>
        <input
          ref={input}
          id={fileId}
          type="file"
          multiple
          accept={EVIDENCE_ACCEPT}
          disabled={busy}
          aria-describedby={`${fileId}-help`}
          className="file-field__input"
          data-testid="task-progress-files"
          onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
        />
        <Typography.Text type="secondary" id={`${fileId}-help`}>
          {t('plans.progress.evidenceHelp')}
        </Typography.Text>
        {files.length > 0 ? (
          <ul className="edge-list">
            {files.map((f) => (
              <li key={`${f.name}-${f.size}`}>
                {f.name} ({fileSizeText(f.size, i18n.language)})
                <Button
                  type="text"
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('plans.progress.removeFile', { name: f.name })}
                  onClick={() => {
                    setFiles((prev) => prev.filter((x) => x !== f));
                    if (input.current) input.current.value = '';
                  }}
                />
              </li>
            ))}
          </ul>
        ) : null}
        {bad.map(({ file, problem }) => (
          <Alert
            key={file.name}
            type="error"
            showIcon
            title={t(`plans.progress.${problem}`, { name: file.name })}
          />
        ))}
      </div>
      {busy ? (
        <div aria-live="polite" className="progress-form__bar">
          <Progress
            percent={Math.round((progress ?? 0) * 100)}
            status="active"
            aria-label={t('import.progress')}
            data-testid="task-progress-bar"
          />
        </div>
      ) : null}
      <Space className="progress-form__actions">
        <Button
          type="primary"
          htmlType="submit"
          icon={<SendOutlined />}
          loading={busy}
          disabled={bad.length > 0}
          data-testid="task-progress-submit"
        >
          {t('plans.progress.submit')}
        </Button>
      </Space>
    </Form>
  );
}

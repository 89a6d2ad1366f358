import { ArrowLeftOutlined, ExportOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import {
  type Article,
  type ArticleStep,
  createArticle,
  deleteArticle,
  getArticle,
  stepArticle,
  updateArticle,
} from '../../api/articles';
import { isApiError } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useSelectedUnit } from '../../components/selected-unit';
import { reasonMessage } from '../../i18n/errors';
import { formatDateTime } from '../../lib/format';
import { choiceLabels } from '../../lib/permissions';
import { useUnsavedGuard } from '../../lib/use-unsaved-guard';
import { useObservances } from '../activities/queries';
import { useCan, useCurrentUser } from '../auth/session';
import { ArticleMainFields, ArticleSideFields } from './ArticleFormFields';
import { ArticleHistory } from './ArticleHistory';
import { ArticleStatusTag } from './ArticleStatusTag';
import { ArticleViewMain, ArticleViewSide } from './ArticleView';
import { ArticleWorkflow, STEP_OF, type StepName } from './ArticleWorkflow';
import {
  type ArticleFormValues,
  changedArticleFields,
  emptyArticleForm,
  formPathOf,
  serverFieldKey,
  toArticleForm,
  toArticleInput,
  toArticleUpdate,
} from './article-form';
import { articleActions, isReturned, portalArticlePath } from './article-workflow';
import { conflictRowsOf } from './conflict-rows';
import { useStoreArticle } from './queries';

interface Props {
  /** The article as last read (with its history), or null for a new one. */
  article: Article | null;
}

/** What the page hands itself across the navigation from /articles/new to /articles/{id}. */
interface CarriedState {
  removed?: string[];
}

/**
 * Writes or edits one article and moves it through the workflow. Saving sends only the changed fields with the
 * version read; a colleague's save in between shows both versions (ConflictAlert). After a save, what the server's
 * sanitiser removed is listed. Workflow steps save unsaved changes first. Ctrl+S saves.
 */
export function ArticleEditor({ article }: Props) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const store = useStoreArticle();
  const observances = useObservances();
  const user = useCurrentUser();
  const { unitId: selectedUnit, choices } = useSelectedUnit();
  const perms = { canWrite: useCan('content.write'), canPublish: useCan('content.publish') };
  const [form] = Form.useForm<ArticleFormValues>();

  const [base, setBase] = useState<Article | null>(article);
  const [conflict, setConflict] = useState<Article | null>(null);
  const [removed, setRemoved] = useState<string[]>(
    () => (location.state as CarriedState | null)?.removed ?? [],
  );
  const [stepError, setStepError] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [stepping, setStepping] = useState(false);
  const [dirty, setDirty] = useState(false);
  const guard = useUnsavedGuard(dirty);
  const alerts = useRef<HTMLDivElement>(null);

  const initial = base
    ? toArticleForm(base)
    : emptyArticleForm({ unitId: selectedUnit ?? (choices.length === 1 ? choices[0]!.unitId : null) });
  const [initialValues] = useState(initial);
  const actions = articleActions(base?.status ?? null, perms);
  const isNew = base === null;
  const readOnly = !actions.edit;

  /** The form becomes `next`, as saved or as read: nothing left unsaved. */
  const adopt = (next: Article) => {
    setBase(next);
    form.setFieldsValue(toArticleForm(next));
    setDirty(false);
  };

  // A newer version read in the background (after a step, on focus) is taken while nothing is unsaved.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newer server copy should trigger this
  useEffect(() => {
    if (article && base && article.version > base.version && !guard.current) adopt(article);
  }, [article]);

  const refreshDirty = () => {
    const values = form.getFieldsValue(true) as ArticleFormValues;
    setDirty(changedArticleFields(values, base ? toArticleForm(base) : initialValues).length > 0);
  };

  const showFieldErrors = (error: unknown) => {
    if (!isApiError(error)) return;
    const fields = error.problems
      .map((p) => ({ path: formPathOf(p.field), p }))
      .filter((x): x is { path: keyof ArticleFormValues; p: (typeof x)['p'] } => x.path !== undefined);
    if (fields.length)
      form.setFields(
        fields.map(({ path, p }) => ({ name: path, errors: [reasonMessage(p, i18n.language)] })),
      );
  };

  const save = useMutation({
    mutationFn: ({ values, against }: { values: ArticleFormValues; against: Article | null }) =>
      against
        ? updateArticle(against.id, toArticleUpdate(values, against))
        : createArticle(toArticleInput(values)),
    onMutate: () => {
      setStepError(null);
      setStale(false);
    },
    onSuccess: (saved, { against }) => {
      store(saved);
      setRemoved(saved.removed);
      adopt(saved);
      message.success(against ? t('articles.form.saved') : t('articles.form.created'));
      if (!against) {
        guard.current = false;
        navigate(`/articles/${saved.id}`, {
          replace: true,
          state: { removed: saved.removed } satisfies CarriedState,
        });
      }
    },
    onError: async (error, { against }) => {
      if (isApiError(error) && error.code === 'CONFLICT' && against) {
        const current = await getArticle(against.id).catch(() => null);
        if (current) setConflict(current);
        return;
      }
      showFieldErrors(error);
    },
  });

  /** Validates and saves; the saved article, or null when it could not be saved (the page says why). */
  const saveNow = async (): Promise<Article | null> => {
    try {
      await form.validateFields();
    } catch {
      return null;
    }
    try {
      return await save.mutateAsync({
        values: form.getFieldsValue(true) as ArticleFormValues,
        against: base,
      });
    } catch {
      return null;
    }
  };

  const runStep = async (step: ArticleStep, note: string | null) => {
    if (!base) return;
    setStepError(null);
    setStale(false);
    setStepping(true);
    try {
      const current = dirty ? await saveNow() : base;
      if (!current) throw new Error('not saved');
      const moved = await stepArticle(current.id, step, { note, version: current.version });
      store(moved);
      adopt(moved);
      setRemoved([]);
      const name = (Object.keys(STEP_OF) as StepName[]).find((k) => STEP_OF[k] === step)!;
      message.success(t(`articles.workflow.done.${name}`));
    } catch (error) {
      if (isApiError(error)) {
        setStepError(error);
        // Someone moved or saved it meanwhile: show what it is now.
        if (error.code === 'CONFLICT' || error.code === 'ARTICLE_STATE') {
          const fresh = await getArticle(base.id).catch(() => null);
          if (fresh) {
            store(fresh);
            adopt(fresh);
            setStale(true);
          }
        }
      }
      throw error;
    } finally {
      setStepping(false);
    }
  };

  const remove = useMutation({
    mutationFn: () => deleteArticle(base!.id),
    onSuccess: () => {
      message.success(t('articles.workflow.removed'));
      void client.invalidateQueries({ queryKey: ['articles', 'list'] });
      guard.current = false;
      setDirty(false);
      navigate('/articles', { flushSync: true });
    },
    onError: (error) => setStepError(error),
  });
  const confirmRemove = () =>
    modal.confirm({
      title: t('articles.workflow.removeTitle', { title: base?.title }),
      content: t('articles.workflow.removeBody'),
      okText: t('articles.actions.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove.mutateAsync(),
    });

  const failed = save.isError && !(isApiError(save.error) && save.error.code === 'CONFLICT');
  useEffect(() => {
    if (!conflict && !failed && !stepError && removed.length === 0) return;
    alerts.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    alerts.current?.focus({ preventScroll: true });
  }, [conflict, failed, stepError, removed]);

  const fieldLabel = (field: string) => {
    const key = serverFieldKey(field);
    return key ? t(key) : undefined;
  };
  const unitLabels = {
    ...choiceLabels(choices),
    ...(base ? { [base.unit.id]: `${base.unit.name} (${base.unit.code})` } : {}),
  };

  const title = base?.title || t('articles.form.newTitle');
  const busy = save.isPending || stepping || remove.isPending;

  // Ctrl+S (⌘S) saves from anywhere on the page instead of saving the web page.
  const shortcut = useRef<() => void>(() => {});
  shortcut.current = () => {
    if (!readOnly && !busy && conflict === null) void saveNow();
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        shortcut.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <PageTitle
        title={title}
        subtitle={
          <Space wrap size={8}>
            <Link to="/articles">
              <ArrowLeftOutlined aria-hidden /> {t('articles.actions.back')}
            </Link>
            {base ? <ArticleStatusTag article={base} testId="article-detail-status" /> : null}
            {base ? <span>{base.unit.name}</span> : null}
            {base ? (
              <Typography.Text type="secondary">
                {t('articles.form.lastUpdated', { time: formatDateTime(base.updatedAt) })}
              </Typography.Text>
            ) : null}
            {dirty ? (
              <Tag color="orange" data-testid="article-unsaved">
                {t('articles.form.unsaved')}
              </Tag>
            ) : null}
          </Space>
        }
        extra={
          <Space wrap>
            {!readOnly ? (
              <Button
                type={actions.submit || actions.publish ? 'default' : 'primary'}
                icon={<SaveOutlined />}
                onClick={() => void saveNow()}
                loading={save.isPending}
                disabled={(!isNew && !dirty) || conflict !== null || stepping}
                title={t('articles.form.shortcut')}
                data-testid="article-save"
              >
                {t('articles.actions.save')}
              </Button>
            ) : null}
            {base ? (
              <ArticleWorkflow
                actions={actions}
                dirty={dirty}
                busy={busy || conflict !== null}
                onStep={runStep}
                onRemove={confirmRemove}
              />
            ) : null}
            {base?.status === 'published' ? (
              <Button
                href={portalArticlePath(base.id)}
                target="_blank"
                rel="noopener noreferrer"
                icon={<ExportOutlined />}
                data-testid="article-portal-link"
              >
                {t('articles.actions.viewOnPortal')}
              </Button>
            ) : null}
          </Space>
        }
      />

      <div ref={alerts} tabIndex={-1} className="focus-target">
        {base && isReturned(base) ? (
          <Alert
            type="warning"
            showIcon
            className="form-alert article-return-note"
            title={t('articles.form.returnedTitle')}
            description={<span className="pre-wrap">{base.reviewNote}</span>}
            data-testid="article-return-note"
          />
        ) : null}
        {base && readOnly ? (
          <Alert
            type="info"
            showIcon
            className="form-alert"
            title={t(`articles.form.readOnly.${base.status}`)}
          />
        ) : null}
        {removed.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            closable={{ onClose: () => setRemoved([]) }}
            className="form-alert"
            title={t('articles.form.removedTitle')}
            description={t('articles.form.removedBody', { list: removed.join(', ') })}
            data-testid="article-removed"
          />
        ) : null}
        {conflict ? (
          <ConflictAlert
            testId="article-conflict"
            savedAt={conflict.updatedAt}
            help={t('articles.form.conflictHelp')}
            rows={conflictRowsOf(form.getFieldsValue(true) as ArticleFormValues, conflict, {
              t,
              language: i18n.language,
              observances: observances.data ?? [],
            })}
            onTakeTheirs={() => {
              adopt(conflict);
              setConflict(null);
              save.reset();
            }}
            onKeepMine={() => {
              const values = form.getFieldsValue(true) as ArticleFormValues;
              setBase(conflict);
              setConflict(null);
              save.mutate({ values, against: conflict });
            }}
            saving={save.isPending}
          />
        ) : null}
        {failed ? <ErrorAlert error={save.error} fieldLabel={fieldLabel} className="form-alert" /> : null}
        {stale ? (
          <Alert type="info" showIcon className="form-alert" title={t('articles.workflow.stale')} />
        ) : null}
        {stepError && !stale ? <ErrorAlert error={stepError} className="form-alert" /> : null}
      </div>

      {readOnly && base ? (
        <Row gutter={[16, 0]}>
          <Col xs={24} lg={16}>
            <ArticleViewMain article={base} />
          </Col>
          <Col xs={24} lg={8}>
            <ArticleViewSide article={base} observances={observances.data ?? []} />
            <ArticleHistory history={article?.history ?? []} />
          </Col>
        </Row>
      ) : (
        <Form<ArticleFormValues>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onValuesChange={refreshDirty}
          onFinish={() => void saveNow()}
          scrollToFirstError={{ block: 'center' }}
          className="article-form"
          data-testid="article-form"
        >
          <Row gutter={[16, 0]}>
            <Col xs={24} lg={16}>
              <Card className="section">
                <ArticleMainFields form={form} />
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card className="section" size="small">
                <ArticleSideFields
                  form={form}
                  isNew={isNew}
                  unitLabels={unitLabels}
                  observances={observances.data ?? []}
                  writerName={user?.displayName ?? ''}
                />
              </Card>
              {base ? <ArticleHistory history={article?.history ?? []} /> : null}
            </Col>
          </Row>
        </Form>
      )}
    </>
  );
}

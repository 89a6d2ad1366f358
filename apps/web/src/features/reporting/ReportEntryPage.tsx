import {
  AUTO_OVERRIDE_RULE_ID,
  evaluateRules,
  formatPeriod,
  hasBlockingViolations,
  NARRATIVE_KEYS,
  type NarrativeKey,
  parseValue,
  type RuleViolation,
  VALUE_REASON_TEXT,
  type ValueType,
} from '@suotdoi/shared';
import { Alert, Breadcrumb, Card, Skeleton, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { ReportDetail } from '../../api/reporting';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { formatDate, formatDateTime } from '../../lib/format';
import { NotFoundPage } from '../auth/RequireAuth';
import { ChildrenTotals } from './ChildrenTotals';
import { effectiveValues, invalidFields, pendingCount, storedOf } from './draft-queue';
import { displayText } from './field-text';
import { langOf, REPORT_STATUS_COLORS } from './labels';
import { NarrativeCard } from './NarrativeCard';
import { useReport } from './queries';
import { ReportAttachments } from './ReportAttachments';
import { ReportConflictPanel } from './ReportConflictPanel';
import { type FieldIssue, focusField, ReportField } from './ReportField';
import { ReportHistory } from './ReportHistory';
import { SaveState } from './SaveState';
import { useReportDraft } from './use-report-draft';
import { ViolationsPanel } from './ViolationsPanel';
import { WorkflowActions } from './WorkflowActions';
import './reporting.css';

const NUMERIC: readonly string[] = ['integer', 'number', 'money_vnd'];

/** Nhập báo cáo: one report's page. Loads it, then hands it to the entry form. */
export function ReportEntryPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const report = useReport(id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (report.isPending) return <Skeleton active />;
  if (report.isError || !report.data) {
    return (
      <>
        <PageTitle
          title={t('reporting.title')}
          subtitle={<Link to="/reports">{t('common.backToList')}</Link>}
        />
        <ErrorAlert error={report.error} />
      </>
    );
  }
  // Keyed by id: a different report starts with its own queue.
  return <ReportEntry key={report.data.id} detail={report.data} />;
}

function ReportEntry({ detail }: { detail: ReportDetail }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const queue = useReportDraft(detail);
  const { draft, types } = queue;
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [serverViolations, setServerViolations] = useState<RuleViolation[]>([]);
  const form = detail.form;
  const isEditable = detail.can.edit;
  const elements = useMemo(() => new Map(form.elements.map((e) => [e.code, e])), [form.elements]);
  const order = useMemo(() => form.sections.flatMap((s) => s.elements), [form.sections]);
  // The rules whose message is answered in the field's explanation box: jumps, and changed automatic values.
  const jumpRules = useMemo(
    () => new Set([...form.rules.filter((r) => r.kind === 'jump').map((r) => r.id), AUTO_OVERRIDE_RULE_ID]),
    [form.rules],
  );
  const autoValues = useMemo(
    () => Object.fromEntries(Object.entries(detail.values).map(([code, v]) => [code, v.auto])),
    [detail.values],
  );

  const { values, comments } = useMemo(() => effectiveValues(detail, draft, types), [detail, draft, types]);
  const liveViolations = useMemo(
    () =>
      evaluateRules(form.rules, {
        values,
        comments,
        previous: detail.previous.values,
        stage: 'submit',
        numericElements: form.elements.filter((e) => NUMERIC.includes(e.valueType)).map((e) => e.code),
        labels: Object.fromEntries(form.elements.map((e) => [e.code, e.name])),
        autoValues,
      }),
    [form.rules, form.elements, values, comments, detail.previous.values, autoValues],
  );
  // The server's answer to a refused submit shows until the next edit, beside what the browser finds.
  const violations = useMemo(() => {
    const seen = new Set(liveViolations.map((v) => `${v.ruleId}:${v.elements.join(',')}`));
    return [
      ...liveViolations,
      ...serverViolations.filter((v) => !seen.has(`${v.ruleId}:${v.elements.join(',')}`)),
    ];
  }, [liveViolations, serverViolations]);
  const isBlocked = hasBlockingViolations(violations);
  const conflicts = Object.values(draft.conflicts);
  const invalidCount = invalidFields(draft, types).length;

  const issuesOf = (code: string, type: ValueType, text: string): FieldIssue[] => {
    const issues: FieldIssue[] = [];
    const parsed = parseValue(text, type);
    if (!parsed.ok) {
      issues.push({
        severity: 'error',
        text: t('reporting.entry.invalid', { reason: VALUE_REASON_TEXT[parsed.reason][lang] }),
      });
    }
    for (const p of queue.fieldProblems.filter((p) => p.field === code)) {
      issues.push({ severity: 'error', text: p.message?.[lang] ?? p.reason });
    }
    for (const v of violations) {
      if (v.elements.includes(code)) issues.push({ severity: v.severity, text: v.message[lang] });
    }
    return issues;
  };

  const next = (code: string) => {
    const at = order.indexOf(code);
    for (const later of order.slice(at + 1)) if (focusField(later)) return;
    document.getElementById('narrative-results')?.focus();
  };

  const narrativeTexts = Object.fromEntries(
    NARRATIVE_KEYS.map((k) => [k, draft.narrative[k] ?? detail.narrative[k] ?? '']),
  ) as Record<NarrativeKey, string>;

  return (
    <div className="report-entry">
      <Breadcrumb
        className="no-print"
        items={[{ title: <Link to="/reports">{t('nav.reports')}</Link> }, { title: detail.unit.name }]}
      />
      <PageTitle
        title={detail.unit.name}
        subtitle={
          <Space orientation="vertical" size={4}>
            <span>
              {form.name[lang]} · {formatPeriod(detail.period, lang)}
            </span>
            <Space wrap size={4}>
              <Tag color={REPORT_STATUS_COLORS[detail.status]} data-testid="report-status">
                {t(`reporting.statuses.${detail.status}`)}
              </Tag>
              {detail.deadline ? (
                <span>{t('reporting.entry.deadline', { date: formatDate(detail.deadline) })}</span>
              ) : null}
              {detail.submittedAt ? (
                <span>{t('reporting.entry.submittedAt', { time: formatDateTime(detail.submittedAt) })}</span>
              ) : null}
              {detail.onTime === null ? null : (
                <Tag color={detail.onTime ? 'green' : 'red'}>
                  {t(detail.onTime ? 'reporting.onTime' : 'reporting.late')}
                </Tag>
              )}
            </Space>
            {isEditable ? (
              <SaveState
                pending={pendingCount(draft)}
                invalid={invalidCount}
                isSaving={queue.isSaving}
                isOffline={queue.isOffline}
                savedAt={queue.savedAt}
                error={queue.saveError}
                onSaveNow={() => void queue.flush()}
              />
            ) : null}
          </Space>
        }
      />
      {detail.status === 'returned' && detail.returnReason ? (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          data-testid="return-reason"
          title={t('reporting.entry.returnedTitle')}
          description={detail.returnReason}
        />
      ) : null}
      {!isEditable ? (
        <Alert
          type="info"
          showIcon
          className="form-alert no-print"
          title={t('reporting.entry.readOnly', { status: t(`reporting.statuses.${detail.status}`) })}
        />
      ) : null}
      <ReportConflictPanel
        conflicts={conflicts}
        elements={form.elements}
        lang={lang}
        onKeepMine={queue.keepMine}
        onTakeTheirs={queue.takeTheirs}
      />
      <div className="report-layout">
        <div className="report-layout__main">
          {form.sections.map((section) => (
            <Card
              key={section.key}
              size="small"
              title={<h2 className="report-section__title">{section.title[lang]}</h2>}
              className="section report-section"
            >
              {section.elements.map((code) => {
                const element = elements.get(code);
                if (!element) return null;
                const type = element.valueType as ValueType;
                const stored = storedOf(detail, code);
                const entry = draft.fields[code];
                const text = displayText(entry?.value, typed[code], stored.value, type, lang);
                const issues = issuesOf(code, type, text);
                return (
                  <ReportField
                    key={code}
                    element={element}
                    lang={lang}
                    text={text}
                    comment={entry ? (entry.comment ?? '') : (stored.comment ?? '')}
                    previous={detail.previous.values[code]}
                    issues={issues}
                    needsComment={violations.some(
                      (v) => jumpRules.has(v.ruleId) && v.elements.includes(code),
                    )}
                    auto={detail.values[code]?.auto ?? null}
                    isPending={!!entry}
                    disabled={!isEditable}
                    onNext={() => next(code)}
                    onChange={(change) => {
                      setTyped((m) => ({ ...m, [code]: change.value }));
                      setServerViolations([]);
                      queue.editField(code, change);
                    }}
                  />
                );
              })}
            </Card>
          ))}
          {form.narrative ? (
            <NarrativeCard
              texts={narrativeTexts}
              pending={new Set(NARRATIVE_KEYS.filter((k) => draft.narrative[k] !== undefined))}
              disabled={!isEditable}
              onChange={queue.editNarrative}
            />
          ) : null}
          <ChildrenTotals detail={detail} lang={lang} />
          <ReportAttachments detail={detail} />
        </div>
        <aside className="report-layout__side" aria-label={t('reporting.violations.title')}>
          <ViolationsPanel violations={violations} lang={lang} />
          <WorkflowActions
            detail={detail}
            isBlocked={isBlocked}
            saveFirst={async () => {
              await queue.flush();
              return pendingCount(queue.draftRef.current) === 0;
            }}
            onServerViolations={setServerViolations}
          />
          <ReportHistory history={detail.history} />
        </aside>
      </div>
    </div>
  );
}

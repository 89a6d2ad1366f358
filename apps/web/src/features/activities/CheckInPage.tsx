import {
  ArrowLeftOutlined,
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  QrcodeOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, type InputRef, Select, Spin, Typography } from 'antd';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { type Activity, type CheckInResult, checkIn } from '../../api/activities';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { errorMessage } from '../../i18n/errors';
import { useUrlParams } from '../../lib/use-url-params';
import { formatSessionRange } from './activity-time';
import { CountsStrip } from './CountsStrip';
import {
  type CheckInOutcome,
  CODE_MAX,
  CODE_MIN,
  checkInOutcome,
  codeFromScan,
  defaultSessionId,
  normalizeCode,
  OUTCOME_TONE,
} from './check-in';
import { HeadcountForm } from './HeadcountForm';
import { QrScanner } from './QrScanner';
import { activityKeys, useActivity } from './queries';
import './activities.css';

const TONE_ICON = {
  success: <CheckCircleFilled aria-hidden />,
  warning: <ExclamationCircleFilled aria-hidden />,
  error: <CloseCircleFilled aria-hidden />,
};

/**
 * Điểm danh at the door, on a phone first: a big code box (focused, upper case, Enter checks in) and the camera
 * scanner; the answer shown large and read out (aria-live), then the box is cleared for the next person. Walk-ins
 * are counted below. The figures follow each check-in.
 */
export function CheckInPage() {
  const { t, i18n } = useTranslation();
  const params = useParams();
  const id = Number(params.id);
  const activityId = Number.isInteger(id) && id > 0 ? id : undefined;
  const detail = useActivity(activityId);
  const client = useQueryClient();
  const { positiveInt, update } = useUrlParams();
  const a = detail.data;
  const asked = positiveInt('session');
  const sessionId = a?.sessions.some((s) => s.id === asked)
    ? asked
    : a
      ? defaultSessionId(a.sessions)
      : undefined;
  const [code, setCode] = useState('');
  const [scanning, setScanning] = useState(false);
  const [shown, setShown] = useState<{ outcome: CheckInOutcome; code: string; seq: number } | null>(null);
  const input = useRef<InputRef>(null);

  const submit = useMutation({
    mutationFn: (c: string) => checkIn(activityId!, { code: c, ...(sessionId ? { sessionId } : {}) }),
    onSuccess: (result: CheckInResult, c) => {
      client.setQueryData<Activity>(activityKeys.detail(activityId!), (old) =>
        old ? { ...old, counts: result.counts } : old,
      );
      void client.invalidateQueries({ queryKey: activityKeys.attendance(activityId!) });
      show(checkInOutcome(result), c);
    },
    onError: (error, c) => show(checkInOutcome(null, error), c),
  });

  const show = (outcome: CheckInOutcome, c: string) => {
    setShown((prev) => ({ outcome, code: c, seq: (prev?.seq ?? 0) + 1 }));
    // A short buzz for a welcome, three for anything the person at the door must look at.
    navigator.vibrate?.(OUTCOME_TONE[outcome.kind] === 'success' ? 80 : [60, 60, 60]);
    setCode('');
    input.current?.focus();
  };

  const send = (raw: string) => {
    const c = normalizeCode(raw);
    if (!c || submit.isPending) return;
    if (c.length < CODE_MIN) {
      show({ kind: 'invalid', name: null }, c);
      return;
    }
    submit.mutate(c);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send(code);
  };

  useEffect(() => {
    if (a) input.current?.focus();
  }, [a]);

  const message = shown ? outcomeText(shown.outcome, t, i18n.language) : null;
  const tone = shown ? OUTCOME_TONE[shown.outcome.kind] : null;

  return (
    <div className="check-in">
      <PageTitle
        title={t('activities.checkIn.title')}
        subtitle={
          <Link to={activityId ? `/activities/${activityId}` : '/activities'}>
            <ArrowLeftOutlined aria-hidden /> {a?.title ?? t('activities.detail.back')}
          </Link>
        }
      />
      {detail.isError ? <ErrorAlert error={detail.error} className="form-alert" /> : null}
      {detail.isPending ? <Spin size="large" className="page-spinner" /> : null}
      {a ? (
        <>
          {a.status !== 'published' ? (
            <Alert
              type="warning"
              showIcon
              className="form-alert"
              title={t('activities.checkIn.notPublished', { status: t(`activities.statuses.${a.status}`) })}
            />
          ) : null}
          {a.sessions.length > 1 ? (
            <div className="check-in__session">
              <label htmlFor="check-in-session">{t('activities.checkIn.session')}</label>
              <Select<number>
                id="check-in-session"
                size="large"
                value={sessionId}
                onChange={(v) => update({ session: v })}
                options={a.sessions.map((s, i) => ({
                  value: s.id,
                  label: `${t('activities.checkIn.sessionN', { n: i + 1 })} · ${formatSessionRange(s.startsAt, s.endsAt)}`,
                }))}
                style={{ width: '100%' }}
                data-testid="check-in-session"
              />
            </div>
          ) : null}
          <form className="check-in__form" onSubmit={onSubmit} data-testid="check-in-form">
            <label htmlFor="check-in-code" className="check-in__label">
              {t('activities.checkIn.codeLabel')}
            </label>
            <Input
              ref={input}
              id="check-in-code"
              aria-label={t('activities.checkIn.codeLabel')}
              aria-describedby="check-in-code-help"
              value={code}
              onChange={(e) => setCode(normalizeCode(e.target.value))}
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              enterKeyHint="go"
              maxLength={CODE_MAX}
              size="large"
              className="check-in__input"
              data-testid="check-in-code"
            />
            <Typography.Text type="secondary" id="check-in-code-help">
              {t('activities.checkIn.codeHelp')}
            </Typography.Text>
            <div className="check-in__buttons">
              <Button
                type="primary"
                htmlType="submit"
                size="large"
                loading={submit.isPending}
                disabled={!code}
                data-testid="check-in-submit"
              >
                {t('activities.checkIn.submit')}
              </Button>
              <Button
                size="large"
                icon={<QrcodeOutlined />}
                onClick={() => setScanning((s) => !s)}
                aria-pressed={scanning}
                data-testid="check-in-scan"
              >
                {scanning ? t('activities.checkIn.stopScan') : t('activities.checkIn.scan')}
              </Button>
            </div>
          </form>
          {scanning ? (
            <QrScanner
              onScan={(text) => {
                const c = codeFromScan(text);
                setCode(c);
                send(c);
              }}
              onClose={() => setScanning(false)}
            />
          ) : null}
          <div
            className={`check-in__result${tone ? ` check-in__result--${tone}` : ''}`}
            role="status"
            aria-live="assertive"
            aria-atomic="true"
            data-testid="check-in-result"
            data-kind={shown?.outcome.kind}
          >
            {shown && message ? (
              // A new key each time, so the same answer twice in a row is read out twice.
              <div key={shown.seq} className="check-in__result-body">
                <span className="check-in__result-icon">{tone ? TONE_ICON[tone] : null}</span>
                <div>
                  <p className="check-in__result-title">{message.title}</p>
                  {message.detail ? <p className="check-in__result-detail">{message.detail}</p> : null}
                  <p className="check-in__result-code">
                    {t('activities.checkIn.codeShown', { code: shown.code })}
                  </p>
                </div>
              </div>
            ) : (
              <p className="check-in__result-idle">{t('activities.checkIn.idle')}</p>
            )}
          </div>
          <CountsStrip counts={a.counts} capacity={a.capacity} live />
          <HeadcountForm activityId={a.id} sessionId={sessionId} />
        </>
      ) : null}
    </div>
  );
}

/** The answer in words: the headline (with the name when there is one) and what to do about it. */
function outcomeText(
  outcome: CheckInOutcome,
  t: (key: string, options?: Record<string, unknown>) => string,
  language: string,
): { title: string; detail: string | null } {
  const name = outcome.name;
  switch (outcome.kind) {
    case 'checked_in':
      return {
        title: name
          ? t('activities.checkIn.results.checkedIn', { name })
          : t('activities.checkIn.results.checkedInNoName'),
        detail: null,
      };
    case 'already':
      return { title: t('activities.checkIn.results.already'), detail: name };
    case 'waitlisted':
      return {
        title: t('activities.checkIn.results.waitlisted'),
        detail: name ?? t('activities.checkIn.results.waitlistedHelp'),
      };
    case 'cancelled':
      return { title: t('activities.checkIn.results.cancelled'), detail: name };
    case 'not_found':
      return {
        title: t('activities.checkIn.results.notFound'),
        detail: t('activities.checkIn.results.notFoundHelp'),
      };
    case 'invalid':
      return {
        title: t('activities.checkIn.results.invalid', { min: CODE_MIN, max: CODE_MAX }),
        detail: null,
      };
    case 'not_open':
      return { title: t('activities.checkIn.results.notOpen'), detail: null };
    default:
      return { title: errorMessage(outcome.error, language), detail: null };
  }
}

import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { todayInVietnam } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { getCalendar } from '../../api/plans';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { formatDate } from '../../lib/format';
import {
  type CalendarEntry,
  daysInMonth,
  entriesInMonth,
  fromServerEntries,
  isoOf,
  marksByDay,
  monthGrid,
} from './calendar-dates';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const KIND_COLORS: Record<CalendarEntry['kind'], string> = {
  observance: 'magenta',
  deadline: 'red',
  date: 'blue',
  span: 'default',
};

function monthName(month: number, language: string): string {
  const name = new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'vi-VN', {
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2025, month - 1, 1)));
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "T4" in Vietnamese (as calendars print it), "Apr" in English. */
function monthShort(month: number, language: string): string {
  if (!language.startsWith('en')) return `T${month}`;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2025, month - 1, 1)),
  );
}

function EntryTitle({ entry }: { entry: CalendarEntry }) {
  const { t } = useTranslation();
  if (entry.kind === 'observance')
    return <>{t(`plans.observances.${entry.ref}`, { defaultValue: entry.title })}</>;
  return entry.planId ? (
    <Link to={`/plans/${entry.planId}?tab=tasks`}>{entry.title}</Link>
  ) : (
    <span>{entry.title}</span>
  );
}

/** Marks listed under a month before the rest fold away: a month can hold dozens of dated tasks. */
const SHOWN = 5;

function EntryList({ entries }: { entries: CalendarEntry[] }) {
  const { t } = useTranslation();
  return (
    <ul className="month__list">
      {entries.map((e) => (
        <li key={`${e.kind}-${e.ref}-${e.start}`}>
          <Tag color={KIND_COLORS[e.kind]}>{t(`plans.calendar.kinds.${e.kind}`)}</Tag>
          <span className="month__date">
            {e.start === e.end
              ? formatDate(e.start).slice(0, 5)
              : `${formatDate(e.start).slice(0, 5)}–${formatDate(e.end).slice(0, 5)}`}
          </span>{' '}
          <span className="month__entry">
            <EntryTitle entry={e} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function MonthCard({
  year,
  month,
  entries,
  marks,
  today,
}: {
  year: number;
  month: number;
  entries: CalendarEntry[];
  marks: Map<string, CalendarEntry[]>;
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const weekdays = t('plans.calendar.weekdays').split(',');
  // National days first on their day, then the tasks on it.
  const rank = { observance: 0, deadline: 1, date: 2, span: 3 } as const;
  const listed = entries
    .filter((e) => e.kind !== 'span')
    .sort((a, b) => a.start.localeCompare(b.start) || rank[a.kind] - rank[b.kind]);
  const title = `${monthName(month, i18n.language)} ${year}`;
  return (
    <Card size="small" className="month" title={<h2 className="month__title">{title}</h2>}>
      <table className="month__grid" aria-label={title}>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(year, month).map((week) => (
            <tr key={week.find(Boolean) ?? 'pad'}>
              {week.map((day, i) => {
                // biome-ignore lint/suspicious/noArrayIndexKey: an empty padding cell has nothing but its place
                if (!day) return <td key={`pad-${i}`} />;
                const dayMarks = marks.get(day) ?? [];
                const kinds = new Set(dayMarks.map((m) => m.kind));
                const names = dayMarks.map((m) => m.title).join('; ');
                return (
                  <td
                    key={day}
                    className={[
                      'month__day',
                      kinds.has('observance') ? 'month__day--observance' : '',
                      kinds.has('deadline') ? 'month__day--deadline' : '',
                      kinds.has('date') ? 'month__day--date' : '',
                      day === today ? 'month__day--today' : '',
                    ].join(' ')}
                    title={names || undefined}
                  >
                    {Number(day.slice(8))}
                    {names ? <span className="visually-hidden">: {names}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {listed.length > 0 ? (
        <>
          <EntryList entries={listed.slice(0, SHOWN)} />
          {listed.length > SHOWN ? (
            <details className="month__more">
              <summary>{t('plans.calendar.more', { n: listed.length - SHOWN })}</summary>
              <EntryList entries={listed.slice(SHOWN)} />
            </details>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}

/** Lịch: the year's national days, task deadlines and dated tasks by month, and the tasks running that year. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(today.slice(0, 4));
  const setYear = (y: number) => setParams({ year: String(y) }, { replace: true });
  const calendar = useQuery({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) => getCalendar(year, signal),
  });
  const entries = useMemo(() => fromServerEntries(calendar.data ?? [], year), [calendar.data, year]);
  const marks = useMemo(() => marksByDay(entries), [entries]);
  const spans = entries.filter((e) => e.kind === 'span');
  const years = Array.from({ length: 2031 - 2022 }, (_, i) => 2022 + i);
  if (!years.includes(year)) years.push(year);

  const spanColumns: ColumnsType<CalendarEntry> = [
    {
      title: t('plans.taskFields.content'),
      key: 'title',
      render: (_, e) => (
        <span className="cell-wrap cell-wrap--wide">
          <EntryTitle entry={e} />
        </span>
      ),
    },
    ...MONTHS.map((m) => ({
      title: monthShort(m, i18n.language),
      key: `m${m}`,
      width: 36,
      className: 'gantt__cell',
      render: (_: unknown, e: CalendarEntry) => {
        const on = e.start <= isoOf(year, m, daysInMonth(year, m)) && e.end >= isoOf(year, m, 1);
        return on ? (
          <span className="gantt__bar" role="img" aria-label={t('plans.calendar.running')} />
        ) : null;
      },
    })),
  ];

  return (
    <>
      <PageTitle
        title={t('plans.calendar.title', { year })}
        extra={
          <Space>
            <Button
              icon={<LeftOutlined />}
              aria-label={t('plans.calendar.previous')}
              onClick={() => setYear(year - 1)}
            />
            <Select<number>
              aria-label={t('plans.calendar.year')}
              value={year}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              data-testid="calendar-year"
              style={{ width: 100 }}
            />
            <Button
              icon={<RightOutlined />}
              aria-label={t('plans.calendar.next')}
              onClick={() => setYear(year + 1)}
            />
          </Space>
        }
      />
      <Space wrap className="section calendar-legend">
        {(['observance', 'deadline', 'date'] as const).map((k) => (
          <span key={k} className={`legend legend--${k}`}>
            {t(`plans.calendar.kinds.${k}`)}
          </span>
        ))}
      </Space>
      {calendar.isError ? <ErrorAlert error={calendar.error} className="form-alert" /> : null}
      <div className="calendar" data-testid="calendar" aria-busy={calendar.isFetching}>
        {MONTHS.map((m) => (
          <MonthCard
            key={m}
            year={year}
            month={m}
            entries={entriesInMonth(entries, year, m)}
            marks={marks}
            today={today}
          />
        ))}
      </div>
      <Card className="section" title={t('plans.calendar.spans', { year })}>
        <Typography.Paragraph type="secondary">{t('plans.calendar.spansHelp')}</Typography.Paragraph>
        <Table<CalendarEntry>
          size="small"
          rowKey={(e) => `${e.ref}-${e.start}`}
          columns={spanColumns}
          dataSource={spans}
          loading={calendar.isFetching}
          pagination={spans.length > 25 ? { pageSize: 25, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('common.none') }}
        />
      </Card>
    </>
  );
}

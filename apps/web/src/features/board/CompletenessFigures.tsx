import type { BoardFigures } from '@suotdoi/shared';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { percentOf } from './board-view';

/** A count shown after the two shares: "Phải nộp 40", "Quá hạn chưa nộp 3". */
export interface FigureCount {
  title: string;
  value: number;
  testId?: string;
}

/**
 * Tính đầy đủ (submitted ÷ expected) and tính kịp thời (on time ÷ submitted) of a deadline board, each with the
 * counts behind it, then the counts the page picks, sharing the row's other half. The board page and the
 * analytics completeness tab show the same figures of the same board, so they read the same.
 */
export function CompletenessFigures({
  figures,
  testIds,
  counts,
}: {
  figures: BoardFigures;
  /** The data-testid of the completeness card and of the timeliness card. */
  testIds: { completeness: string; timeliness: string };
  counts: readonly FigureCount[];
}) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const countSpan = Math.floor(12 / Math.max(1, counts.length));
  return (
    <Row gutter={[16, 16]} className="section">
      <ShareCard
        testId={testIds.completeness}
        title={t('board.stats.completeness')}
        share={figures.completeness.share}
        help={t('board.stats.completenessHelp', {
          submitted: n(figures.completeness.submitted),
          expected: n(figures.completeness.expected),
        })}
      />
      <ShareCard
        testId={testIds.timeliness}
        title={t('board.stats.timeliness')}
        share={figures.timeliness.share}
        help={t('board.stats.timelinessHelp', {
          onTime: n(figures.timeliness.onTime),
          submitted: n(figures.timeliness.submitted),
        })}
      />
      {counts.map((c) => (
        <Col key={c.title} xs={12} sm={6} lg={countSpan}>
          <Card data-testid={c.testId}>
            <Statistic title={c.title} value={n(c.value)} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** A 0–1 share as "66,7 %", with the percent (one decimal) in data-value for tests and tools. */
function ShareCard({
  testId,
  title,
  share,
  help,
}: {
  testId: string;
  title: string;
  share: number | null;
  help: string;
}) {
  const { i18n } = useTranslation();
  const percent = percentOf(share);
  return (
    <Col xs={24} sm={12} lg={6}>
      <Card data-testid={testId} data-value={percent ?? ''}>
        <Statistic
          title={title}
          value={percent === null ? '—' : formatNumber(percent, i18n.language, 1)}
          suffix={percent === null ? undefined : '%'}
        />
        <Typography.Text type="secondary">{help}</Typography.Text>
      </Card>
    </Col>
  );
}

import { CheckCircleOutlined, CloseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import type { RuleViolation } from '@suotdoi/shared';
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { focusField } from './ReportField';

interface Props {
  violations: readonly RuleViolation[];
  lang: 'vi' | 'en';
}

/** Kiểm tra số liệu: every rule that fails, errors first; a click (or Enter) on one focuses its first field. */
export function ViolationsPanel({ violations, lang }: Props) {
  const { t } = useTranslation();
  const errors = violations.filter((v) => v.severity === 'error');
  const warnings = violations.filter((v) => v.severity === 'warning');
  return (
    <Card size="small" title={t('reporting.violations.title')} className="section report-violations">
      {violations.length === 0 ? (
        <Typography.Text type="success" data-testid="violations">
          <CheckCircleOutlined /> {t('reporting.violations.none')}
        </Typography.Text>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('reporting.violations.summary', { errors: errors.length, warnings: warnings.length })}
          </Typography.Paragraph>
          <ul className="report-violations__list" data-testid="violations">
            {[...errors, ...warnings].map((v) => (
              <li
                key={`${v.ruleId}:${v.elements.join(',')}`}
                className={`report-violation report-violation--${v.severity}`}
                data-testid={`violation-${v.ruleId}`}
                data-elements={v.elements.join(' ')}
              >
                <Button
                  type="link"
                  danger={v.severity === 'error'}
                  className="report-violation__button"
                  icon={v.severity === 'error' ? <CloseCircleOutlined /> : <WarningOutlined />}
                  onClick={() => v.elements.some((code) => focusField(code))}
                >
                  <span className="visually-hidden">
                    {t(
                      v.severity === 'error' ? 'reporting.violations.error' : 'reporting.violations.warning',
                    )}
                    :{' '}
                  </span>
                  <span className="report-violation__text">{v.message[lang]}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

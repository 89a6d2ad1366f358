import { CloudUploadOutlined, MessageOutlined } from '@ant-design/icons';
import type { FormElement, ReportValue, ValueType } from '@suotdoi/shared';
import { Button, Input, Radio, Tag } from 'antd';
import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readableValue } from './field-text';

export interface FieldIssue {
  severity: 'error' | 'warning';
  text: string;
}

interface Props {
  element: FormElement;
  lang: 'vi' | 'en';
  text: string;
  comment: string;
  previous: ReportValue | undefined;
  issues: readonly FieldIssue[];
  /** The jump rule asks for an explanation of this field. */
  needsComment: boolean;
  isPending: boolean;
  disabled: boolean;
  onChange: (next: { value: string; comment: string | null }) => void;
  /** Enter: on to the next field. */
  onNext: () => void;
}

export const fieldId = (code: string) => `field-${code}`;

/** Focuses a field's input (a radio group's first choice), e.g. from the violations list. */
export function focusField(code: string): boolean {
  const node = document.getElementById(fieldId(code));
  if (!node) return false;
  const target =
    node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement
      ? node
      : node.querySelector<HTMLElement>('input:checked, input, textarea');
  target?.focus();
  target?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return !!target;
}

const SUFFIX: Partial<Record<ValueType, string>> = { money_vnd: 'đ', percent: '%' };

/**
 * One field of a report: its label, an input by value type, last period's value beside it, the explanation
 * (shown when there is one, when asked for, or when the jump rule wants one) and the problems found, all tied
 * to the input for screen readers.
 */
export function ReportField(props: Props) {
  const {
    element,
    lang,
    text,
    comment,
    previous,
    issues,
    needsComment,
    isPending,
    disabled,
    onChange,
    onNext,
  } = props;
  const { t } = useTranslation();
  const [isCommentOpen, setCommentOpen] = useState(false);
  const code = element.code;
  const id = fieldId(code);
  const labelId = `${id}-label`;
  const helpId = `${id}-help`;
  const type = element.valueType as ValueType;
  const hasError = issues.some((i) => i.severity === 'error');
  const hasWarning = issues.some((i) => i.severity === 'warning');
  const status = hasError ? 'error' : hasWarning ? 'warning' : undefined;
  const showComment = isCommentOpen || needsComment || comment !== '';
  const previousText = readableValue(previous, type, lang);
  const change = (value: string) => onChange({ value, comment: comment || null });
  const enterMovesOn = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      onNext();
    }
  };
  const common = {
    'aria-describedby': helpId,
    'aria-invalid': hasError || undefined,
    'data-testid': id,
    disabled,
  };

  return (
    <div className={`report-field${isPending ? ' report-field--pending' : ''}`} data-field={code}>
      <div className="report-field__head">
        {type === 'boolean' ? (
          <span id={labelId} className="report-field__label">
            {element.name[lang]}
          </span>
        ) : (
          <label id={labelId} htmlFor={id} className="report-field__label">
            {element.name[lang]}
          </label>
        )}
        {isPending ? (
          <Tag icon={<CloudUploadOutlined />} color="gold" className="report-field__unsent">
            {t('reporting.entry.unsent')}
          </Tag>
        ) : null}
      </div>
      <div className="report-field__input">
        {type === 'boolean' ? (
          <Radio.Group
            {...common}
            id={id}
            role="radiogroup"
            aria-labelledby={labelId}
            value={text === '' ? undefined : text}
            onChange={(e) => change(String(e.target.value))}
          >
            <Radio value="1" onKeyDown={enterMovesOn}>
              {t('reporting.entry.yes')}
            </Radio>
            <Radio value="0" onKeyDown={enterMovesOn}>
              {t('reporting.entry.no')}
            </Radio>
          </Radio.Group>
        ) : type === 'text' ? (
          <Input.TextArea
            {...common}
            id={id}
            autoSize={{ minRows: 1, maxRows: 6 }}
            value={text}
            status={status}
            onChange={(e) => change(e.target.value)}
            onKeyDown={enterMovesOn}
          />
        ) : (
          <Input
            {...common}
            id={id}
            inputMode="decimal"
            autoComplete="off"
            value={text}
            status={status}
            suffix={SUFFIX[type]}
            onChange={(e) => change(e.target.value)}
            onKeyDown={enterMovesOn}
            className="report-field__number"
          />
        )}
        <span className="report-field__previous">
          {previousText
            ? t('reporting.entry.previous', { value: previousText })
            : t('reporting.entry.previousNone')}
        </span>
      </div>
      <div id={helpId} className="report-field__help" aria-live="polite">
        {issues.map((issue) => (
          <div key={issue.text} className={`report-field__issue report-field__issue--${issue.severity}`}>
            {issue.text}
          </div>
        ))}
      </div>
      {showComment ? (
        <div className="report-field__comment">
          <label htmlFor={`comment-${code}`}>{t('reporting.entry.comment')}</label>
          <Input.TextArea
            id={`comment-${code}`}
            data-testid={`comment-${code}`}
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={comment}
            disabled={disabled}
            status={needsComment ? 'warning' : undefined}
            onChange={(e) => {
              setCommentOpen(true);
              onChange({ value: text, comment: e.target.value || null });
            }}
          />
        </div>
      ) : !disabled ? (
        <Button
          type="link"
          size="small"
          icon={<MessageOutlined />}
          className="report-field__add-comment no-print"
          onClick={() => setCommentOpen(true)}
        >
          {t('reporting.entry.addComment')}
        </Button>
      ) : null}
    </div>
  );
}

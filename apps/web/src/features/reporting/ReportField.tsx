import { CloudUploadOutlined, MessageOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { type FormElement, parseValue, type ReportValue, type ValueType } from '@suotdoi/shared';
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
  /** The jump rule asks for an explanation of this field, or the override of an automatic value a reason. */
  needsComment: boolean;
  /** The figure the institution's completed activities give (issue 7); null when the field is not automatic. */
  auto: number | null;
  isPending: boolean;
  disabled: boolean;
  onChange: (next: { value: string; comment: string | null }) => void;
  /** Enter: on to the next field. */
  onNext: () => void;
}

export const fieldId = (code: string) => `field-${code}`;

/** Whether the typed text still means the activities' figure. */
function holdsFigure(text: string, type: ValueType, auto: number): boolean {
  const parsed = parseValue(text, type);
  return parsed.ok && typeof parsed.value === 'number' && Math.abs(parsed.value - auto) < 1e-9;
}

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
 * to the input for screen readers. A field the activities fill in carries a tag with their figure; once a person
 * changes it, the explanation box asks for the reason (the rule refuses the change without one).
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
    auto,
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
  const autoId = `${id}-auto`;
  const type = element.valueType as ValueType;
  const hasError = issues.some((i) => i.severity === 'error');
  const hasWarning = issues.some((i) => i.severity === 'warning');
  const status = hasError ? 'error' : hasWarning ? 'warning' : undefined;
  const autoText = auto === null ? '' : readableValue(auto, type, lang);
  // Changed by a person: the field no longer holds the activities' figure (an empty field counts as changed).
  const isOverridden = auto !== null && !holdsFigure(text, type, auto);
  const showComment = isCommentOpen || needsComment || comment !== '' || isOverridden;
  const previousText = readableValue(previous, type, lang);
  const change = (value: string) => onChange({ value, comment: comment || null });
  const enterMovesOn = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      onNext();
    }
  };
  const common = {
    'aria-describedby': auto === null ? helpId : `${autoId} ${helpId}`,
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
        {auto !== null ? (
          <Tag
            id={autoId}
            icon={<ThunderboltOutlined />}
            color={isOverridden ? 'orange' : 'blue'}
            className="report-field__auto"
            data-testid={`auto-${code}`}
            title={t('reporting.entry.autoHelp')}
          >
            {isOverridden
              ? t('reporting.entry.autoOverridden', { value: autoText })
              : t('reporting.entry.autoFigure', { value: autoText })}
          </Tag>
        ) : null}
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
          <label htmlFor={`comment-${code}`}>
            {isOverridden ? t('reporting.entry.autoReason') : t('reporting.entry.comment')}
          </label>
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

import type { Lang } from '../i18n/errors';
import type {
  CompareOp,
  CompareRule,
  JumpRule,
  RequiredRule,
  RuleExpr,
  RuleMessage,
  RuleSeverity,
  ValidationRule,
} from '../schemas/report-rules';
import { formatValue, type ReportValue } from './report-values';

/** Lưu (save a draft) or Gửi (submit for approval): required fields are only enforced on submit. */
export type RuleStage = 'save' | 'submit';

export interface RuleInput {
  values: Record<string, ReportValue>;
  /** The same unit's values for the previous period, for jump rules. */
  previous?: Record<string, ReportValue>;
  /** Giải trình: the explanation typed beside a field. */
  comments?: Record<string, string | undefined>;
  stage: RuleStage;
  /** The form's numeric elements (integer, number, money) in form order; what a jump rule's `'*'` covers. */
  numericElements?: string[];
  /** Element names for `{element}`; the element code is used where one is missing. */
  labels?: Record<string, Record<Lang, string>>;
  /** The figures the activities give (issue 7), by element; a value that differs from one needs a reason. */
  autoValues?: Record<string, number | null | undefined>;
}

export interface RuleViolation {
  ruleId: string;
  severity: RuleSeverity;
  /** The fields to highlight. */
  elements: string[];
  message: RuleMessage;
}

/**
 * The rule every form has once activities feed it (issue 7), whatever its settings: a value that differs from the
 * figure its activities give needs a reason in the field's comment. It is built in, not a form rule, because the
 * automatic figure is only trustworthy if nobody can change it silently; it applies to saving and to submitting.
 */
export const AUTO_OVERRIDE_RULE_ID = 'auto_value_override';

export const AUTO_OVERRIDE_MESSAGE: RuleMessage = {
  vi: '{element}: Giá trị tự động từ hoạt động là {auto}; nhập lý do khi sửa.',
  en: '{element}: The activities give {auto}; give a reason to change it.',
};

/** Sums of decimals ("0.1 + 0.2 = 0.3") must compare equal; the tolerance is far below any reported precision. */
const EPSILON = 1e-9;

/**
 * Checks a form's values against its rules and lists every violation, in rule order and then element order.
 * Pure and deterministic: the browser runs it as the user types, the server on save and submit, with the same
 * result. A compare rule with a missing operand is skipped (a sum counts missing members as 0 when at least
 * one member is present); a jump rule's `'*'` covers `numericElements` only, so it covers nothing without them.
 * The built-in override rule of automatic values follows the form's rules.
 */
export function evaluateRules(rules: readonly ValidationRule[], input: RuleInput): RuleViolation[] {
  const violations: RuleViolation[] = [];
  for (const rule of rules) {
    switch (rule.kind) {
      case 'compare': {
        const violation = evaluateCompare(rule, input);
        if (violation) violations.push(violation);
        break;
      }
      case 'jump':
        violations.push(...evaluateJump(rule, input));
        break;
      case 'required':
        violations.push(...evaluateRequired(rule, input));
        break;
    }
  }
  violations.push(...evaluateAutoOverrides(input));
  return violations;
}

/**
 * The values that differ from their automatic figure without a reason (an emptied field differs too), in the
 * order of `autoValues`. Both stages: a draft may not hold an unexplained override either.
 */
export function evaluateAutoOverrides(input: RuleInput): RuleViolation[] {
  const violations: RuleViolation[] = [];
  for (const [element, auto] of Object.entries(input.autoValues ?? {})) {
    if (typeof auto !== 'number' || !Number.isFinite(auto)) continue;
    const value = numberOf(input.values[element]);
    if (value !== null && holds(value, '=', auto)) continue;
    if (isFilled(input.comments?.[element])) continue;
    violations.push({
      ruleId: AUTO_OVERRIDE_RULE_ID,
      severity: 'error',
      elements: [element],
      message: fillMessage(AUTO_OVERRIDE_MESSAGE, (lang) => ({
        element: labelOf(element, input, lang),
        auto: formatNumber(auto, lang),
      })),
    });
  }
  return violations;
}

/** Whether anything stops the save or submit: any error; warnings only inform. */
export function hasBlockingViolations(violations: readonly RuleViolation[]): boolean {
  return violations.some((v) => v.severity === 'error');
}

function evaluateCompare(rule: CompareRule, input: RuleInput): RuleViolation | null {
  const left = operand(rule.left, input.values);
  const right = operand(rule.right, input.values);
  if (left === null || right === null || holds(left, rule.op, right)) return null;
  const elements = unique([...referencedElements(rule.left), ...referencedElements(rule.right)]);
  const first = elements[0];
  return {
    ruleId: rule.id,
    severity: rule.severity,
    elements,
    message: fillMessage(rule.message, (lang) => ({
      left: formatNumber(left, lang),
      right: formatNumber(right, lang),
      value: formatNumber(left, lang),
      ...(first === undefined ? {} : { element: labelOf(first, input, lang) }),
    })),
  };
}

function evaluateJump(rule: JumpRule, input: RuleInput): RuleViolation[] {
  const elements = rule.elements === '*' ? (input.numericElements ?? []) : rule.elements;
  const violations: RuleViolation[] = [];
  for (const element of unique(elements)) {
    const value = numberOf(input.values[element]);
    const previous = numberOf(input.previous?.[element]);
    // From 0 any value is an infinite change: not a jump, since the percentage says nothing.
    if (value === null || previous === null || previous <= 0) continue;
    const change = (value - previous) / previous;
    if (Math.abs(change) <= rule.threshold + EPSILON) continue;
    if (isFilled(input.comments?.[element])) continue;
    const percent = (Math.sign(change) * Math.round(Math.abs(change) * 1000)) / 10;
    violations.push({
      ruleId: rule.id,
      severity: rule.severity,
      elements: [element],
      message: fillMessage(rule.message, (lang) => ({
        element: labelOf(element, input, lang),
        value: formatNumber(value, lang),
        previous: formatNumber(previous, lang),
        change: `${percent > 0 ? '+' : percent < 0 ? '-' : ''}${formatNumber(Math.abs(percent), lang)}`,
      })),
    });
  }
  return violations;
}

function evaluateRequired(rule: RequiredRule, input: RuleInput): RuleViolation[] {
  if (input.stage !== 'submit') return [];
  return unique(rule.elements)
    .filter((element) => !isFilled(input.values[element]))
    .map((element) => ({
      ruleId: rule.id,
      severity: rule.severity,
      elements: [element],
      message: fillMessage(rule.message, (lang) => ({ element: labelOf(element, input, lang) })),
    }));
}

function operand(expr: RuleExpr, values: Record<string, ReportValue>): number | null {
  if ('value' in expr) return expr.value;
  if ('element' in expr) return numberOf(values[expr.element]);
  const present = expr.sum.map((e) => numberOf(values[e])).filter((n): n is number => n !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}

function referencedElements(expr: RuleExpr): string[] {
  if ('element' in expr) return [expr.element];
  if ('sum' in expr) return expr.sum;
  return [];
}

function holds(left: number, op: CompareOp, right: number): boolean {
  const scale = Math.max(1, Math.abs(left), Math.abs(right));
  const d = Math.abs(left - right) <= EPSILON * scale ? 0 : Math.sign(left - right);
  switch (op) {
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '=':
      return d === 0;
    case '!=':
      return d !== 0;
    case '>=':
      return d >= 0;
    case '>':
      return d > 0;
  }
}

/** Only numbers take part in arithmetic; a text value in a numeric operand counts as missing. */
function numberOf(value: ReportValue | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function isFilled(value: ReportValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  return typeof value !== 'string' || value.trim() !== '';
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function labelOf(element: string, input: RuleInput, lang: Lang): string {
  return input.labels?.[element]?.[lang] ?? element;
}

function formatNumber(n: number, lang: Lang): string {
  return formatValue(n, 'number', lang);
}

/** Fills `{name}` placeholders per language; an unknown placeholder is left as written, so a typo shows. */
function fillMessage(message: RuleMessage, params: (lang: Lang) => Record<string, string>): RuleMessage {
  const fill = (text: string, values: Record<string, string>) =>
    text.replace(/\{(\w+)\}/gu, (match, key: string) => (Object.hasOwn(values, key) ? values[key]! : match));
  return { vi: fill(message.vi, params('vi')), en: fill(message.en, params('en')) };
}

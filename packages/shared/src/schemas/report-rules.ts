import { z } from 'zod';

/**
 * Quy tắc kiểm tra của biểu mẫu báo cáo: the validation rules of a report form. The same rules run in the browser
 * as the user types and on the server on save and submit (see `evaluateRules`).
 */

/** A data element's code as the form names it. */
const ElementKeySchema = z.string().min(1).max(60);

/** A number in a rule: one element's value, a constant, or the sum of several elements. */
export const RuleExprSchema = z.union([
  z.object({ element: ElementKeySchema }).strict(),
  z.object({ value: z.number() }).strict(),
  z.object({ sum: z.array(ElementKeySchema).min(1).max(200) }).strict(),
]);
export type RuleExpr = z.infer<typeof RuleExprSchema>;

/**
 * What a person reads when the rule fails, in both languages. It may hold `{left}`, `{right}`, `{element}`,
 * `{previous}`, `{value}` and `{change}` (a signed percent, "+60"), filled in per language.
 */
export const RuleMessageSchema = z
  .object({ vi: z.string().min(1).max(500), en: z.string().min(1).max(500) })
  .strict();
export type RuleMessage = z.infer<typeof RuleMessageSchema>;

/** An error blocks saving or submitting; a warning is shown and let through. */
export const RULE_SEVERITIES = ['error', 'warning'] as const;
export const RuleSeveritySchema = z.enum(RULE_SEVERITIES);
export type RuleSeverity = z.infer<typeof RuleSeveritySchema>;

export const COMPARE_OPS = ['<', '<=', '=', '!=', '>=', '>'] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];

const RuleIdSchema = z.string().min(1).max(60);

/** `left op right`, e.g. learning visits ≤ total visits, or a share ≤ 100. */
export const CompareRuleSchema = z
  .object({
    id: RuleIdSchema,
    kind: z.literal('compare'),
    left: RuleExprSchema,
    op: z.enum(COMPARE_OPS),
    right: RuleExprSchema,
    severity: RuleSeveritySchema,
    message: RuleMessageSchema,
  })
  .strict();

/**
 * A value that moved by more than `threshold` (0.5 = 50 %) against the previous period needs a comment.
 * `'*'` means every numeric element of the form.
 */
export const JumpRuleSchema = z
  .object({
    id: RuleIdSchema,
    kind: z.literal('jump'),
    elements: z.union([z.array(ElementKeySchema).min(1).max(500), z.literal('*')]),
    threshold: z.number().min(0).max(1000),
    severity: RuleSeveritySchema,
    message: RuleMessageSchema,
  })
  .strict();

/** Fields that must be filled in before the report is submitted (saving a draft with them empty is fine). */
export const RequiredRuleSchema = z
  .object({
    id: RuleIdSchema,
    kind: z.literal('required'),
    elements: z.array(ElementKeySchema).min(1).max(500),
    severity: RuleSeveritySchema,
    message: RuleMessageSchema,
  })
  .strict();

export const ValidationRuleSchema = z.discriminatedUnion('kind', [
  CompareRuleSchema,
  JumpRuleSchema,
  RequiredRuleSchema,
]);
export type ValidationRule = z.infer<typeof ValidationRuleSchema>;
export type CompareRule = z.infer<typeof CompareRuleSchema>;
export type JumpRule = z.infer<typeof JumpRuleSchema>;
export type RequiredRule = z.infer<typeof RequiredRuleSchema>;

/** A form's rules; ids are unique so that a violation names its rule. */
export const ValidationRulesSchema = z
  .array(ValidationRuleSchema)
  .max(500)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'duplicate rule id' });
      seen.add(rule.id);
    });
  });

import { z } from 'zod';

/**
 * The contracts of value exchange. They sit beside the routes rather than in packages/shared because only the
 * server and apps/web/src/api/exchange.ts (which mirrors the types) speak them; move them when a second
 * consumer appears.
 */

const PeriodQuery = z.string().regex(/^\d{4}(S[12]|Q[1-4]|\d{2})?$/);

export const FormTemplateQuerySchema = z.object({ period: PeriodQuery }).strict();

export const FormImportQuerySchema = z
  .object({
    period: PeriodQuery,
    dryRun: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
  })
  .strict();

export const ValueProblemSchema = z.object({
  row: z.number().int(),
  field: z.string(),
  reason: z.string(),
  value: z.string(),
  message: z.string(),
});

export const FormImportResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  total: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  ignored: z.number().int(),
  deleted: z.number().int(),
  reports: z.number().int(),
  problems: z.array(ValueProblemSchema),
});
export type FormImportResult = z.infer<typeof FormImportResultSchema>;

export const JobStartedSchema = z.object({ jobId: z.uuid() });

export const JobSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  total: z.number().int(),
  done: z.number().int(),
  result: z.unknown(),
});

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One DHIS2 data value; the option combos, storedBy, lastUpdated and followup are accepted and ignored. */
export const DataValueSchema = z.looseObject({
  dataElement: z.string().min(1),
  period: z.string().optional(),
  orgUnit: z.string().optional(),
  value: Scalar.optional(),
  comment: z.string().nullable().optional(),
  categoryOptionCombo: z.string().optional(),
  attributeOptionCombo: z.string().optional(),
  storedBy: z.string().nullable().optional(),
  lastUpdated: z.string().nullable().optional(),
  created: z.string().nullable().optional(),
  followup: z.boolean().optional(),
});

export const DataValueSetSchema = z.looseObject({
  dataSet: z.string().optional(),
  completeDate: z.string().optional(),
  period: z.string().optional(),
  orgUnit: z.string().optional(),
  attributeOptionCombo: z.string().optional(),
  dataValues: z.array(DataValueSchema).max(3_000_000),
});
export type DataValueSet = z.infer<typeof DataValueSetSchema>;

export const DataValueSetImportQuerySchema = z
  .object({
    dryRun: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .strict();

export const ImportSummarySchema = z.object({
  status: z.enum(['SUCCESS', 'WARNING', 'ERROR']),
  description: z.string(),
  dryRun: z.boolean(),
  importCount: z.object({
    imported: z.number().int(),
    updated: z.number().int(),
    ignored: z.number().int(),
    deleted: z.number().int(),
  }),
  conflicts: z.array(
    z.object({
      object: z.string(),
      value: z.string(),
      errorCode: z.string().optional(),
      property: z.string().optional(),
      row: z.number().int(),
    }),
  ),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

const many = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

export const DataValueSetExportQuerySchema = z
  .object({
    dataSet: z.string().optional(),
    dataElement: many.optional(),
    period: many,
    orgUnit: many.optional(),
    children: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict();
export type DataValueSetExportQuery = z.infer<typeof DataValueSetExportQuerySchema>;

export const ExportedDataValueSchema = z.object({
  dataElement: z.string(),
  period: z.string(),
  orgUnit: z.string(),
  value: z.string(),
  comment: z.string().nullable(),
  storedBy: z.string().nullable(),
  lastUpdated: z.string(),
});
export const DataValueSetExportSchema = z.object({ dataValues: z.array(ExportedDataValueSchema) });

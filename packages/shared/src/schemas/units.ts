import { z } from 'zod';
import { pageOf } from './audit';
import { CodeSchema, IdSchema, IsoDateSchema, OptionalTextSchema, TextSchema } from './common';

/**
 * The validFrom of whatever existed before the records we hold (the old 63 provinces, their districts and
 * communes, the country): the true date is unknown, and queries before it are not meaningful.
 */
export const SINCE_BEFORE_RECORDS = '1900-01-01';
/** Resolution 202/2025/QH15 and the two-level local government took effect on this day: 34 provinces, no districts. */
export const REFORM_2025_DATE = '2025-07-01';

/** Đơn vị: the kinds of node in the hierarchy. `district` exists only in history (before 1/7/2025). */
export const UNIT_KINDS = ['country', 'province', 'district', 'commune', 'agency', 'institution'] as const;
export const UnitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** Restructuring events (sáp nhập, chia tách, đổi tên, điều chỉnh địa giới, giải thể). */
export const LINEAGE_KINDS = ['merge', 'split', 'rename', 'move', 'dissolve'] as const;
export const LineageKindSchema = z.enum(LINEAGE_KINDS);
export type LineageKind = z.infer<typeof LineageKindSchema>;

export const UnitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: UnitKindSchema,
  typeName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  parentId: z.number().int().nullable(),
  childCount: z.number().int().optional(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const UnitListQuerySchema = z
  .object({
    level: UnitKindSchema.optional(),
    asOf: IsoDateSchema.optional(),
    parentId: IdSchema.optional(),
    q: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(20000).optional(),
  })
  .strict();
export type UnitListQuery = z.infer<typeof UnitListQuerySchema>;

/** GET /api/units/:id/children and /ancestors: the tree as of a date (today in Vietnam by default). */
export const AsOfQuerySchema = z.object({ asOf: IsoDateSchema.optional() }).strict();
export type AsOfQuery = z.infer<typeof AsOfQuerySchema>;

/** GET /api/units/:id/successors: where the unit's history goes on that date (today by default). */
export const SuccessorQuerySchema = z.object({ date: IsoDateSchema.optional() }).strict();

export const UnitParentLinkSchema = z.object({
  parentId: z.number().int(),
  parentName: z.string(),
  parentCode: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const LineageLinkSchema = z.object({
  eventId: z.number().int(),
  date: z.string(),
  kind: LineageKindSchema,
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  unitLevel: UnitKindSchema,
  weight: z.number(),
  legalRef: z.string().nullable(),
});

/** A name the unit carried over a period (renames and changes of type keep the unit's identity). */
export const UnitNameSchema = z.object({
  name: z.string(),
  typeName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const UnitDetailSchema = UnitSchema.extend({
  parents: z.array(UnitParentLinkSchema),
  predecessors: z.array(LineageLinkSchema),
  successors: z.array(LineageLinkSchema),
  source: z.string().nullable(),
  /** Earlier and later names; empty when the unit never changed its name. */
  names: z.array(UnitNameSchema),
  /** Agencies only. */
  agencyType: z.string().nullable(),
  sector: z.string().nullable(),
});
export type UnitDetail = z.infer<typeof UnitDetailSchema>;

export const SuccessorSchema = z.object({
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: UnitKindSchema,
  weight: z.number(),
});
export type Successor = z.infer<typeof SuccessorSchema>;

/** Kinds a person may create with POST /api/units (the country is reference data; institutions have their own API). */
export const CREATABLE_UNIT_KINDS = ['province', 'district', 'commune', 'agency'] as const;

/** Cơ quan: the kinds of agency (the `agencies` table checks the same list). */
export const AGENCY_TYPES = [
  'ministry',
  'people_committee',
  'department',
  'mass_organisation',
  'press',
  'armed_forces',
  'other',
] as const;
export const AgencyTypeSchema = z.enum(AGENCY_TYPES);
export type AgencyType = z.infer<typeof AgencyTypeSchema>;

/** Sector codes the reference agencies use; free text is allowed for others (max 40). */
export const SectorSchema = z
  .string()
  .transform((v) => v.normalize('NFC').trim())
  .pipe(z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'sector: a lower-case code such as culture, education'));

/** POST /api/units: a unit starting on validFrom under parentId (a new commune, an agency, …). */
export const CreateUnitSchema = z
  .object({
    code: CodeSchema,
    name: TextSchema(200),
    level: z.enum(CREATABLE_UNIT_KINDS),
    typeName: OptionalTextSchema(60),
    parentId: IdSchema,
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.nullish(),
    agencyType: AgencyTypeSchema.optional(),
    sector: SectorSchema.nullish(),
  })
  .strict();
export type CreateUnit = z.infer<typeof CreateUnitSchema>;

/**
 * PATCH /api/units/:id: corrects a mistake without history (a misspelt name, a wrong code or parent). A real
 * rename or move is a restructuring event instead, so that the earlier state stays on record.
 */
export const UpdateUnitSchema = z
  .object({
    code: CodeSchema.optional(),
    name: TextSchema(200).optional(),
    typeName: OptionalTextSchema(60),
    /** Replaces the parent of the link valid today (or the unit's last link when it has ended). */
    parentId: IdSchema.optional(),
    agencyType: AgencyTypeSchema.optional(),
    sector: SectorSchema.nullish(),
  })
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'nothing to change');
export type UpdateUnit = z.infer<typeof UpdateUnitSchema>;

export const AgencySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  agencyType: AgencyTypeSchema,
  sector: z.string().nullable(),
  parentId: z.number().int().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type Agency = z.infer<typeof AgencySchema>;

/** GET /api/agencies: agencies of a province (its own and its districts' and communes') as of a date. */
export const AgencyListQuerySchema = z
  .object({
    provinceId: IdSchema.optional(),
    asOf: IsoDateSchema.optional(),
    q: z.string().max(100).optional(),
  })
  .strict();
export type AgencyListQuery = z.infer<typeof AgencyListQuerySchema>;

/** One side of an event: a unit and the share of it that moves (1 for a whole unit). */
export const EventEdgeSchema = z
  .object({ fromUnitId: IdSchema, toUnitId: IdSchema, weight: z.number().gt(0).max(1).default(1) })
  .strict();

/** A new unit an event creates (the result of a merge or split). */
export const NewUnitSchema = z
  .object({
    key: z.string().min(1).max(40),
    code: CodeSchema,
    name: TextSchema(200),
    level: UnitKindSchema,
    typeName: OptionalTextSchema(60),
    parentId: IdSchema.nullable(),
    /** Agencies only. */
    agencyType: AgencyTypeSchema.optional(),
    sector: SectorSchema.nullish(),
  })
  .strict();

export const CreateEventSchema = z
  .object({
    kind: LineageKindSchema,
    date: IsoDateSchema,
    legalRef: OptionalTextSchema(200),
    note: OptionalTextSchema(2000),
    /** Units the event ends (merge, split, dissolve, or the old side of rename/move). */
    endUnitIds: z.array(IdSchema).max(500).default([]),
    /** Units the event creates. */
    newUnits: z.array(NewUnitSchema).max(100).default([]),
    /** from → to; `to` may name a new unit by `key` via toNewKey. */
    edges: z
      .array(
        z
          .object({
            fromUnitId: IdSchema,
            toUnitId: IdSchema.optional(),
            toNewKey: z.string().optional(),
            weight: z.number().gt(0).max(1).default(1),
          })
          .strict(),
      )
      .max(2000)
      .default([]),
    /** For rename: the unit keeps its identity and gets a new name from the date. */
    rename: z
      .object({ unitId: IdSchema, name: TextSchema(200), typeName: OptionalTextSchema(60) })
      .strict()
      .optional(),
    /** For move: the unit keeps its identity and gets a new parent from the date. */
    move: z.object({ unitId: IdSchema, parentId: IdSchema }).strict().optional(),
  })
  .strict();
export type CreateEvent = z.infer<typeof CreateEventSchema>;

export const RestructuringEventSchema = z.object({
  id: z.number().int(),
  kind: LineageKindSchema,
  date: z.string(),
  legalRef: z.string().nullable(),
  note: z.string().nullable(),
  approximate: z.boolean(),
  edgeCount: z.number().int(),
  /** Rename and move: the unit that keeps its identity. */
  unitId: z.number().int().nullable(),
});
export type RestructuringEvent = z.infer<typeof RestructuringEventSchema>;

export const EventListQuerySchema = z
  .object({
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    /** Events that touched this unit (as a source, a result, or the renamed/moved unit). */
    unitId: IdSchema.optional(),
    kind: LineageKindSchema.optional(),
    limit: z.coerce.number().int().min(1).max(5000).default(500),
  })
  .strict();
export type EventListQuery = z.infer<typeof EventListQuerySchema>;

export const EventEdgeViewSchema = z.object({
  id: z.number().int(),
  fromUnitId: z.number().int(),
  fromUnitCode: z.string(),
  fromUnitName: z.string(),
  fromUnitLevel: UnitKindSchema,
  toUnitId: z.number().int(),
  toUnitCode: z.string(),
  toUnitName: z.string(),
  toUnitLevel: UnitKindSchema,
  weight: z.number(),
});
export type EventEdgeView = z.infer<typeof EventEdgeViewSchema>;

export const RestructuringEventDetailSchema = RestructuringEventSchema.extend({
  edges: z.array(EventEdgeViewSchema),
  createdAt: z.string(),
});
export type RestructuringEventDetail = z.infer<typeof RestructuringEventDetailSchema>;

/* Data quality: source rows held back at load time (not loaded silently, not dropped silently). */

export const DATA_QUALITY_STATUSES = ['open', 'resolved', 'ignored'] as const;
export const DataQualityStatusSchema = z.enum(DATA_QUALITY_STATUSES);

export const DataQualityIssueSchema = z.object({
  id: z.number().int(),
  source: z.string(),
  /** A reason code of REASON_MESSAGES (e.g. unknown_new_code, province_not_merged, missing_old_code). */
  reason: z.string(),
  /** The source row as it was read. */
  row: z.record(z.string(), z.unknown()),
  /** Every check that failed, and suggestions (e.g. an old commune code found by name). */
  details: z.record(z.string(), z.unknown()),
  unitId: z.number().int().nullable(),
  status: DataQualityStatusSchema,
  note: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type DataQualityIssue = z.infer<typeof DataQualityIssueSchema>;

export const DataQualityQuerySchema = z
  .object({
    status: DataQualityStatusSchema.optional(),
    reason: z.string().max(60).optional(),
    source: z.string().max(200).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();
export type DataQualityQuery = z.infer<typeof DataQualityQuerySchema>;

export const DataQualityPageSchema = pageOf(DataQualityIssueSchema);
export type DataQualityPage = z.infer<typeof DataQualityPageSchema>;

export const DataQualitySummarySchema = z.object({
  total: z.number().int(),
  byReason: z.array(
    z.object({
      source: z.string(),
      reason: z.string(),
      open: z.number().int(),
      resolved: z.number().int(),
      ignored: z.number().int(),
    }),
  ),
});
export type DataQualitySummary = z.infer<typeof DataQualitySummarySchema>;

/**
 * PATCH /api/data-quality/:id. `load` validates the row with the corrections applied and loads it (a ward
 * mapping becomes lineage; an unlinked old commune gets `successor_code`); `ignore` closes it with a note.
 */
export const ResolveDataQualitySchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('load'),
      row: z
        .object({
          old_ward_code: CodeSchema.optional(),
          new_ward_code: CodeSchema.optional(),
          successor_code: CodeSchema.optional(),
        })
        .strict()
        .default({}),
      note: OptionalTextSchema(2000),
    })
    .strict(),
  z.object({ action: z.literal('ignore'), note: TextSchema(2000) }).strict(),
]);
export type ResolveDataQuality = z.infer<typeof ResolveDataQualitySchema>;

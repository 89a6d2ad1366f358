import { z } from 'zod';
import { CodeSchema, IdSchema, IsoDateSchema, OptionalTextSchema, TextSchema } from './common';

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

export const UnitDetailSchema = UnitSchema.extend({
  parents: z.array(UnitParentLinkSchema),
  predecessors: z.array(LineageLinkSchema),
  successors: z.array(LineageLinkSchema),
  source: z.string().nullable(),
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
      .object({ unitId: IdSchema, name: TextSchema(200) })
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
});
export type RestructuringEvent = z.infer<typeof RestructuringEventSchema>;

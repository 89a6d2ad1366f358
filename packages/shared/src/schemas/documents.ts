import { z } from 'zod';
import { IdSchema, OptionalTextSchema } from './common';

/**
 * Công bố: the official documents built from the data (issue 6): the annual report ("Báo cáo kết quả thực hiện
 * Kế hoạch … năm N"), the 2025 mid-term review (sơ kết) and the 2030 final review (tổng kết), in the layout of
 * Decree 30/2020/NĐ-CP, with XLSX annexes and a print view.
 *
 * The server writes every sentence and number once, into a `DocumentModel` (a small document tree); the DOCX
 * writer, the XLSX writer and the browser's print view only lay it out. So the three say the same thing, and a
 * published report freezes exactly what it said.
 */

export const DOCUMENT_KINDS = ['annual', 'midterm', 'final'] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const DOCUMENT_FORMATS = ['docx', 'xlsx', 'json'] as const;
export const DocumentFormatSchema = z.enum(DOCUMENT_FORMATS);
export type DocumentFormat = z.infer<typeof DocumentFormatSchema>;

const LangSchema = z.enum(['vi', 'en']);
const yearSchema = z.coerce.number().int().min(2000).max(2100);

// ---------------------------------------------------------------------------------------------------------------
// Templates: the boilerplate a unit edits; the generator fills in the rest.

/** Mẫu văn bản: a unit's boilerplate for its reports. Empty strings are allowed: the document names the gap. */
export const DocumentTemplateSchema = z.object({
  unitId: z.number().int(),
  /** Tên cơ quan chủ quản, e.g. "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"; '' when the issuer has none (a UBND). */
  parentBody: z.string(),
  /** Tên cơ quan ban hành, e.g. "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH". */
  issuingBody: z.string(),
  /** The part of the number after "Số: …/", e.g. "BC-SVHTTDL"; `{year}` is replaced by the year. */
  symbolPattern: z.string(),
  /** Địa danh, e.g. "Ninh Bình" (before ", ngày … tháng … năm …"). */
  place: z.string(),
  /** Kính gửi: one line each. */
  recipients: z.array(z.string()),
  /** Nơi nhận, besides "Như trên" and "Lưu: VT": one line each. */
  copyTo: z.array(z.string()),
  /** Quyền hạn ký, e.g. "KT. GIÁM ĐỐC" or "TM. ỦY BAN NHÂN DÂN"; '' when the head signs. */
  signerAuthority: z.string(),
  /** Chức vụ, e.g. "PHÓ GIÁM ĐỐC". */
  signerTitle: z.string(),
  signerName: z.string(),
  /** Opening paragraphs, separated by blank lines. */
  opening: z.string(),
  /** Null while nothing was saved: the fields are then the defaults derived from the unit. */
  updatedAt: z.string().nullable(),
});
export type DocumentTemplate = z.infer<typeof DocumentTemplateSchema>;

const line = (max: number) => OptionalTextSchema(max).transform((v) => v ?? '');
const lines = z
  .array(z.string())
  .max(40)
  .transform((items) => items.map((s) => s.normalize('NFC').trim()).filter(Boolean))
  .pipe(z.array(z.string().max(300)));

export const DocumentTemplateInputSchema = z
  .object({
    parentBody: line(300),
    issuingBody: line(300),
    symbolPattern: line(60),
    place: line(100),
    recipients: lines,
    copyTo: lines,
    signerAuthority: line(100),
    signerTitle: line(100),
    signerName: line(100),
    /** Paragraphs keep their line breaks, so this one is not collapsed to one line. */
    opening: z
      .string()
      .max(10_000)
      .transform((v) => v.normalize('NFC').replace(/\r\n?/g, '\n').trim()),
  })
  .strict();
export type DocumentTemplateInput = z.infer<typeof DocumentTemplateInputSchema>;

// ---------------------------------------------------------------------------------------------------------------
// The document tree.

export const TableColumnSchema = z.object({
  title: z.string(),
  /** Relative width; the writers scale the columns to the page. */
  width: z.number().positive(),
  align: z.enum(['left', 'center', 'right']),
});
export type TableColumn = z.infer<typeof TableColumnSchema>;

/** A chart the writers draw from data: the DOCX embeds it as a picture, the print view draws it live. */
export const ChartSpecSchema = z.object({
  /** bar: categories along the x axis; hbar: categories down the y axis (long unit names). */
  type: z.enum(['bar', 'hbar']),
  title: z.string(),
  categories: z.array(z.string()),
  series: z.array(
    z.object({
      name: z.string(),
      /** target: drawn as the reference (light, outlined); actual: in the palette's colours. */
      role: z.enum(['target', 'actual']),
      values: z.array(z.number().nullable()),
    }),
  ),
  /** Axis label, e.g. "%". */
  unit: z.string(),
});
export type ChartSpec = z.infer<typeof ChartSpecSchema>;

export const BlockSchema = z.discriminatedUnion('type', [
  /** Level 1: "I. CÔNG TÁC CHỈ ĐẠO…" (bold caps); level 2: "1. Kết quả…" (bold); level 3: italic bold. */
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    text: z.string(),
  }),
  /** A body paragraph, justified with a first-line indent; `lead` is set in bold before the text. */
  z.object({
    type: z.literal('paragraph'),
    text: z.string(),
    lead: z.string().optional(),
    italic: z.boolean().optional(),
  }),
  /** Lines starting with "- ", as official documents list things. */
  z.object({ type: z.literal('bullets'), items: z.array(z.string()) }),
  z.object({
    type: z.literal('table'),
    /** "Bảng 1. Kết quả thực hiện các chỉ tiêu", above the table. */
    caption: z.string(),
    columns: z.array(TableColumnSchema),
    rows: z.array(z.array(z.string())),
    /** A last row in bold (totals), or none. */
    footer: z.array(z.string()).optional(),
    /** Said in place of the table when it has no rows. */
    empty: z.string(),
  }),
  z.object({ type: z.literal('chart'), id: z.string(), caption: z.string(), chart: ChartSpecSchema }),
]);
export type Block = z.infer<typeof BlockSchema>;

/** A sheet of the XLSX annexes. Cells are numbers where they are numbers, so that Excel can sum them. */
export const AnnexSheetSchema = z.object({
  /** Short and unique; the XLSX writer trims it to Excel's 31 characters and removes : \ / ? * [ ]. */
  name: z.string(),
  title: z.string(),
  columns: z.array(
    z.object({
      title: z.string(),
      width: z.number().positive(),
      kind: z.enum(['text', 'number', 'percent']),
    }),
  ),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
  notes: z.array(z.string()),
});
export type AnnexSheet = z.infer<typeof AnnexSheetSchema>;

/**
 * One frozen number of a document, keyed stably (`target:12`, `completeness:submitted`, `child:345:LIB_X`), so a
 * published report can say what has changed since.
 */
export const DocumentFigureSchema = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  /** How the document wrote it: "66,7 %". */
  text: z.string(),
});
export type DocumentFigure = z.infer<typeof DocumentFigureSchema>;

export const DocumentModelSchema = z.object({
  kind: DocumentKindSchema,
  lang: LangSchema,
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string(), kind: z.string() }),
  /** The report year, or the review's milestone year (2025, 2030). */
  year: z.number().int(),
  plan: z
    .object({ id: z.number().int(), symbol: z.string().nullable(), title: z.string(), date: z.string() })
    .nullable(),
  generatedAt: z.string(),
  /** When the figures last changed; null when there are none. */
  dataAsOf: z.string().nullable(),
  header: z.object({
    /** Upper case, or '' when there is none. */
    parentBody: z.string(),
    issuingBody: z.string(),
    /** "Số: …/BC-SVHTTDL" */
    symbol: z.string(),
    /** "Ninh Bình, ngày 07 tháng 12 năm 2026" (set in italics). */
    placeDate: z.string(),
    /** "BÁO CÁO" */
    title: z.string(),
    /** "Kết quả thực hiện Kế hoạch … năm 2026" (bold, under the title). */
    subtitle: z.string(),
    /** Kính gửi: one line each. */
    recipients: z.array(z.string()),
  }),
  body: z.array(BlockSchema),
  closing: z.object({
    /** Nơi nhận, one line each ("- Như trên;", "- Lưu: VT."). */
    copyTo: z.array(z.string()),
    signer: z.object({ authority: z.string(), title: z.string(), name: z.string() }),
  }),
  annexes: z.array(AnnexSheetSchema),
  /** Sentences naming what is missing (no plan, no data, template fields not filled in, restructuring). */
  gaps: z.array(z.string()),
  figures: z.array(DocumentFigureSchema),
});
export type DocumentModel = z.infer<typeof DocumentModelSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Requests.

export const AnnualReportQuerySchema = z
  .object({
    unitId: IdSchema,
    year: yearSchema,
    format: DocumentFormatSchema.default('docx'),
    /** Default: the plan in force for the unit (its own, else the nearest ancestor's or predecessor's). */
    planId: IdSchema.optional(),
    lang: LangSchema.default('vi'),
  })
  .strict();
export type AnnualReportQuery = z.infer<typeof AnnualReportQuerySchema>;

export const ReviewQuerySchema = z
  .object({
    /** midterm: the 2025 sơ kết; final: the 2030 tổng kết. */
    kind: z.enum(['midterm', 'final']),
    unitId: IdSchema,
    planId: IdSchema.optional(),
    format: DocumentFormatSchema.default('docx'),
    lang: LangSchema.default('vi'),
  })
  .strict();
export type ReviewQuery = z.infer<typeof ReviewQuerySchema>;

/** What to generate, for publishing: the same fields as the two queries. */
export const PublishInputSchema = z
  .object({
    kind: DocumentKindSchema,
    unitId: IdSchema,
    /** Annual reports only; reviews take their milestone year. */
    year: yearSchema.optional(),
    planId: IdSchema.optional(),
    lang: LangSchema.default('vi'),
  })
  .strict();
export type PublishInput = z.infer<typeof PublishInputSchema>;

export const PublishedReportSchema = z.object({
  id: z.number().int(),
  kind: DocumentKindSchema,
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  planId: z.number().int().nullable(),
  lang: LangSchema,
  title: z.string(),
  /** SHA-256 of the frozen model: the same hash, the same figures. */
  contentHash: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
});
export type PublishedReport = z.infer<typeof PublishedReportSchema>;

export const FigureChangeSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Null: the figure was not in the published report (or is no longer in today's). */
  published: z.string().nullable(),
  current: z.string().nullable(),
});
export type FigureChange = z.infer<typeof FigureChangeSchema>;

export const PublishedReportDetailSchema = PublishedReportSchema.extend({
  model: DocumentModelSchema,
  /** Today's figures against the frozen ones: what has changed since it was published. */
  changes: z.array(FigureChangeSchema),
  /** Whether the current data would give the same document (no change). */
  upToDate: z.boolean(),
});
export type PublishedReportDetail = z.infer<typeof PublishedReportDetailSchema>;

export const PublishedListQuerySchema = z
  .object({ unitId: IdSchema.optional(), year: yearSchema.optional(), kind: DocumentKindSchema.optional() })
  .strict();
export type PublishedListQuery = z.infer<typeof PublishedListQuerySchema>;

export const PublishedFileQuerySchema = z
  .object({ format: z.enum(['docx', 'xlsx']).default('docx') })
  .strict();

import type {
  ContentTopic,
  GoodModel,
  GoodModelInput,
  GoodModelStatus,
  GoodModelUpdate,
  Image,
  InstitutionCategory,
} from '@suotdoi/shared';
import { type FigurePick, picksOf, toFiguresInput } from './figure-picker';

/**
 * The good model drawer's values and the API's GoodModelInput / GoodModelUpdate, both ways, and where a server
 * field error belongs in the form. No React.
 */

export interface GoodModelFormValues {
  unitId: number | null;
  title: string;
  topic: ContentTopic | null;
  categories: InstitutionCategory[];
  summary: string;
  /** Plain paragraphs, a blank line between them. */
  description: string;
  figures: FigurePick[];
  /** The first is the cover. */
  photos: Image[];
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 600;
export const DESCRIPTION_MAX = 10_000;
export const PHOTOS_MAX = 8;
export const CONTACT_NAME_MAX = 120;
export const PHONE_MAX = 40;
export const EMAIL_MAX = 200;

export function emptyGoodModelForm(defaults: { unitId?: number | null; contactName?: string } = {}) {
  const values: GoodModelFormValues = {
    unitId: defaults.unitId ?? null,
    title: '',
    topic: null,
    categories: [],
    summary: '',
    description: '',
    figures: [],
    photos: [],
    contactName: defaults.contactName ?? '',
    contactPhone: '',
    contactEmail: '',
  };
  return values;
}

const blankToNull = (v: string | null | undefined) => {
  const trimmed = (v ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

/** Line ends as the server keeps them, so an untouched description never counts as changed. */
const paragraphs = (v: string) =>
  v
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** The form's values → GoodModelInput with the status the person chose by the button they pressed. */
export function toGoodModelInput(values: GoodModelFormValues, status: GoodModelStatus): GoodModelInput {
  return {
    unitId: values.unitId ?? 0,
    title: values.title.trim(),
    topic: values.topic ?? 'reading_culture',
    categories: [...values.categories],
    summary: values.summary.trim(),
    description: paragraphs(values.description),
    figures: toFiguresInput(values.figures),
    photoIds: values.photos.map((p) => p.id),
    contactName: values.contactName.trim(),
    contactPhone: blankToNull(values.contactPhone),
    contactEmail: blankToNull(values.contactEmail),
    status,
  };
}

/** A saved model as the form edits it. */
export function toGoodModelForm(model: GoodModel): GoodModelFormValues {
  return {
    unitId: model.unit.id,
    title: model.title,
    topic: model.topic,
    categories: model.categories as InstitutionCategory[],
    summary: model.summary,
    description: model.description,
    figures: picksOf(model.figures),
    photos: [...model.photos],
    contactName: model.contactName,
    contactPhone: model.contactPhone ?? '',
    contactEmail: model.contactEmail ?? '',
  };
}

/** The fields an edit may send (the unit stays). */
export const UPDATABLE_FIELDS = [
  'title',
  'topic',
  'categories',
  'summary',
  'description',
  'figures',
  'photoIds',
  'contactName',
  'contactPhone',
  'contactEmail',
] as const;
export type UpdatableField = (typeof UPDATABLE_FIELDS)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields where two versions of the form differ, in the form's order. */
export function changedGoodModelFields(a: GoodModelFormValues, b: GoodModelFormValues): UpdatableField[] {
  const left = toGoodModelInput(a, 'draft');
  const right = toGoodModelInput(b, 'draft');
  return UPDATABLE_FIELDS.filter((f) => !same(left[f], right[f]));
}

/**
 * The PATCH body: only what changed since `base` was read (another writer's edit of another field survives; the
 * figures are read again only when the picks changed), the status when it changes, and `base`'s version.
 */
export function toGoodModelUpdate(
  values: GoodModelFormValues,
  status: GoodModelStatus,
  base: GoodModel,
): GoodModelUpdate {
  const input = toGoodModelInput(values, status);
  const body: Record<string, unknown> = { version: base.version };
  for (const f of changedGoodModelFields(values, toGoodModelForm(base))) body[f] = input[f];
  if (status !== base.status) body.status = status;
  return body as GoodModelUpdate;
}

/** A form field's name, as antd's Form takes it. */
export type FormPath = keyof GoodModelFormValues;

const FIELD_OF: Record<string, FormPath> = {
  unitId: 'unitId',
  title: 'title',
  topic: 'topic',
  categories: 'categories',
  summary: 'summary',
  description: 'description',
  figures: 'figures',
  photoIds: 'photos',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  contactEmail: 'contactEmail',
};

/**
 * Where a server field error ("body.figures.2.indicator", "body.photoIds.0", "unitId") shows in the form;
 * undefined for a path the form has no field for (the alert above the form still lists it).
 */
export function formPathOf(serverField: string): FormPath | undefined {
  const head = serverField.replace(/^(body|query)\./, '').split('.')[0];
  return head ? FIELD_OF[head] : undefined;
}

/** The server field a path belongs to, for the alert's labels: "body.figures.2.year" → "figures". */
export function serverFieldOf(serverField: string): string {
  return serverField.replace(/^(body|query)\./, '').split('.')[0] ?? serverField;
}

/**
 * The pick a figure problem names ("body.figures.2.indicator" → the third pick), so the picker can mark its row;
 * undefined for any other field.
 */
export function figureIndexOf(serverField: string): number | undefined {
  const match = /^(?:body\.)?figures\.(\d+)/.exec(serverField);
  return match ? Number(match[1]) : undefined;
}

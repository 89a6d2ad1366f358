import { createHash } from 'node:crypto';
import { AppError, type Image, imageUrl } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess, scopedUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { imageMimeOf, imageProblem, type UploadedImage } from './image-check';
import { findImageContent, findImages, insertImage } from './images.repo';

/** Ảnh: images of articles and good models, uploaded for a unit and served publicly by their random id. */

/** A stored name: NFC (a Mac's NFD name reads the same), without control characters, at most 200 characters. */
const cleanName = (name: string) =>
  name
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 200) || 'image';

/**
 * Tải ảnh lên: content.write on the unit (NOT_FOUND outside the actor's scope, FORBIDDEN inside without it),
 * then the file must be a PNG, JPEG, WebP or GIF of at most IMAGE_MAX_BYTES by its first bytes; anything else
 * is VALIDATION_FAILED naming `file`, and nothing is stored. The audit keeps its name, type, size and hash.
 */
export async function uploadImage(
  actor: Actor,
  input: { unitId: number; file: UploadedImage | null },
  deps: ServiceDeps,
): Promise<Image> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    await assertUnitAccess(tx, actor, 'content.write', input.unitId);
    const file = input.file;
    if (!file)
      throw new AppError('VALIDATION_FAILED', 'file: required', [{ field: 'file', reason: 'required' }]);
    const problem = imageProblem(file);
    if (problem) throw new AppError('VALIDATION_FAILED', `file: ${problem.reason}`, [problem]);
    const values = {
      unitId: input.unitId,
      name: cleanName(file.name),
      mime: imageMimeOf(file.name, file.bytes)!,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      bytes: file.bytes,
      createdBy: actor.userId,
    };
    const id = await insertImage(tx, values, now);
    const image: Image = {
      id,
      url: imageUrl(id),
      name: values.name,
      mime: values.mime,
      size: file.bytes.length,
    };
    await recordAudit(tx, actor, {
      action: 'image.upload',
      entity: 'image',
      entityId: id,
      unitId: input.unitId,
      after: { ...image, sha256: values.sha256 },
    });
    return image;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An image's bytes for /media, for anyone (no actor): NOT_FOUND for an unknown id or one that is not a uuid. */
export async function getMedia(id: string, deps: Pick<ServiceDeps, 'db'>) {
  const found = UUID.test(id) ? await findImageContent(deps.db, id) : undefined;
  if (!found) throw new AppError('NOT_FOUND', `image ${id} not found`);
  return found;
}

/**
 * The images a writer may attach, in the order asked (duplicates dropped), and a problem `<field>.<i>`
 * (unknown_image) for each id that is not an image of a unit in their content.write scope. Articles' cover
 * images are checked the same way.
 */
export async function imagesInScope(
  db: DbOrTx,
  actor: Actor,
  ids: readonly string[],
  field: string,
): Promise<{ images: Image[]; problems: { field: string; reason: 'unknown_image'; value: string }[] }> {
  const found = new Map(
    (await findImages(db, ids, scopedUnitIds(actor, 'content.write'))).map((i) => [i.id.toLowerCase(), i]),
  );
  const images: Image[] = [];
  const problems: { field: string; reason: 'unknown_image'; value: string }[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const image = found.get(id.toLowerCase());
    if (!image) problems.push({ field: `${field}.${i}`, reason: 'unknown_image', value: id });
    else if (!seen.has(image.id)) {
      seen.add(image.id);
      const { unitId: _unitId, ...rest } = image;
      images.push(rest);
    }
  });
  return { images, problems };
}

/** Images by id in the order given, leaving out any that no longer exist. */
export async function imagesByIds(db: DbOrTx, ids: readonly string[]): Promise<Image[]> {
  const found = new Map((await findImages(db, ids)).map(({ unitId: _unitId, ...i }) => [i.id, i]));
  return ids.flatMap((id) => found.get(id) ?? []);
}

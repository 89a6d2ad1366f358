import { createHash } from 'node:crypto';
import type { Article } from '@suotdoi/shared';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { DbOrTx } from '../../db/client';
import { images } from '../../db/schema';
import type { Client } from '../../test/test-users';

/** Helpers of the articles and portal news tests (not a test file itself). */

/** The first bytes of a PNG, enough for a row of the image store (the portal never decodes it). */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** An image of `unitId` written straight into the store (the upload route is another module's). */
export async function insertImage(db: DbOrTx, unitId: number, name = 'anh.png'): Promise<string> {
  const [row] = await db
    .insert(images)
    .values({
      unitId,
      name,
      mime: 'image/png',
      size: PNG.length,
      sha256: createHash('sha256').update(PNG).digest('hex'),
      content: PNG,
    })
    .returning({ id: images.id });
  return row!.id;
}

export function expectStatusOf(res: LightMyRequestResponse, status: number) {
  if (res.statusCode !== status)
    throw new Error(`${res.statusCode} (expected ${status}): ${res.body.slice(0, 600)}`);
}

/** An article input of `unitId`, with `over` on top. */
export function articleInput(unitId: number, over: Record<string, unknown> = {}) {
  return {
    unitId,
    title: 'Ngày hội đọc sách 23/4',
    summary: 'Thư viện tổ chức Ngày Sách và Bản quyền thế giới.',
    body: '<p>Hơn <strong>1.200</strong> lượt bạn đọc đã đến thư viện.</p>',
    topic: 'reading_culture',
    observanceCode: 'world_book_day',
    ...over,
  };
}

export async function createArticle(client: Client, input: object): Promise<Article> {
  const res = await client.request({ method: 'POST', url: '/api/articles', payload: input });
  expectStatusOf(res, 201);
  return res.json();
}

/** A step of the workflow; throws unless it answers `status`. */
export async function step(
  client: Client,
  article: { id: number; version: number },
  name: 'submit' | 'publish' | 'return' | 'unpublish',
  note?: string,
  status = 200,
): Promise<LightMyRequestResponse> {
  const res = await client.request({
    method: 'POST',
    url: `/api/articles/${article.id}/${name}`,
    payload: { version: article.version, ...(note ? { note } : {}) },
  });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  return res;
}

/** Writes an article as `writer` and publishes it as `editor`; the published record. */
export async function publishedArticle(writer: Client, editor: Client, input: object): Promise<Article> {
  const draft = await createArticle(writer, input);
  return (await step(editor, draft, 'publish')).json();
}

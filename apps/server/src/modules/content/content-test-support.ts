import { sql } from 'drizzle-orm';
import type { TestApp } from '../../test/test-app';
import type { Client } from '../../test/test-users';
import { multipart } from '../plans/plans-test-support';

/** Helpers of the images and good-models tests (not a test file itself). */

/** The smallest files each type's first bytes make (the server looks at nothing more). */
export const IMAGES = {
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0', 'latin1'),
  ]),
  jpg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]),
  webp: Buffer.concat([
    Buffer.from('RIFF', 'latin1'),
    Buffer.from([0x1a, 0, 0, 0]),
    Buffer.from('WEBPVP8L\x0d\0\0\0\x2f\0\0\0\x10\x07\x10\x11\x11\x88\x88\xfe\x07\0', 'latin1'),
  ]),
  gif: Buffer.from(
    'GIF89a\x01\0\x01\0\x80\0\0\xff\xff\xff\0\0\0!\xf9\x04\x01\0\0\0\0,\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;',
    'latin1',
  ),
};

/** POST /api/images with `files` (name and bytes) in the field "file". */
export function postImage(
  client: Client,
  unitId: number,
  files: { name: string; bytes: Buffer; field?: string }[],
) {
  const body = multipart(
    {},
    files.map((f) => ({ ...f, field: f.field ?? 'file' })),
  );
  return client.request({
    method: 'POST',
    url: `/api/images?unitId=${unitId}`,
    headers: body.headers,
    payload: body.payload,
  });
}

/** Uploads one image and answers its id (fails the test otherwise). */
export async function uploadOne(client: Client, unitId: number, name = 'anh.png', bytes = IMAGES.png) {
  const res = await postImage(client, unitId, [{ name, bytes }]);
  if (res.statusCode !== 201) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; url: string; name: string; mime: string; size: number };
}

export async function countRows(t: TestApp, table: 'images' | 'good_models' | 'good_model_adoptions') {
  const rows = await t.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from ${sql.raw(table)}`,
  );
  return rows.rows[0]!.n;
}

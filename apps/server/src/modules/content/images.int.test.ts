import { createHash } from 'node:crypto';
import { IMAGE_MAX_BYTES } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { type Client, signInAs } from '../../test/test-users';
import { useReportingWorld } from '../reporting/reporting-test-support';
import { countRows, IMAGES, postImage, uploadOne } from './content-test-support';

/** Ảnh: uploaded by a writer of the unit, checked by their first bytes, served publicly at /media. */
const t = useTestApp();
const w = useReportingWorld(t);
let viewer: Client;
beforeAll(async () => {
  viewer = await signInAs(t, [{ role: 'viewer', unitId: w.f.communeA1 }]);
});

const problemOf = (res: { statusCode: number; json(): unknown }) => {
  const body = res.json() as { error: { code: string; details: { field: string; reason: string }[] } };
  return { status: res.statusCode, code: body.error.code, ...body.error.details[0] };
};

describe('uploadImage', () => {
  it.each([
    ['anh.png', IMAGES.png, 'image/png'],
    ['Ảnh chụp.JPG', IMAGES.jpg, 'image/jpeg'],
    ['anh.jpeg', IMAGES.jpg, 'image/jpeg'],
    ['anh.webp', IMAGES.webp, 'image/webp'],
    ['anh.gif', IMAGES.gif, 'image/gif'],
  ])('stores %s and serves it back byte for byte, publicly, with safe headers', async (name, bytes, mime) => {
    const image = await uploadOne(w.commune, w.f.communeA1, name, bytes);
    expect(image).toMatchObject({
      url: `/media/${image.id}`,
      name: name.normalize('NFC'),
      mime,
      size: bytes.length,
    });
    // No session cookie at all: the portal's visitors load it.
    const res = await t.app.inject({ method: 'GET', url: image.url });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(res.headers).toMatchObject({
      'content-type': mime,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${createHash('sha256').update(bytes).digest('hex')}"`,
    });
    const again = await t.app.inject({
      method: 'GET',
      url: image.url,
      headers: { 'if-none-match': res.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('audits the upload with its hash, without the bytes', async () => {
    const image = await uploadOne(w.commune, w.f.communeA1);
    const rows = await t.database.db.execute<{
      action: string;
      unitId: number;
      after: Record<string, unknown>;
    }>(sql`
      select action, unit_id as "unitId", after from audit_entries where entity = 'image' and entity_id = ${image.id}`);
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]).toMatchObject({ action: 'image.upload', unitId: w.f.communeA1 });
    expect(rows.rows[0]!.after).toMatchObject({ name: 'anh.png', size: IMAGES.png.length });
    expect(rows.rows[0]!.after.sha256).toBe(createHash('sha256').update(IMAGES.png).digest('hex'));
    expect(JSON.stringify(rows.rows[0]!.after)).not.toContain('content');
  });

  it('takes an image of exactly 5 MB', async () => {
    const bytes = Buffer.alloc(IMAGE_MAX_BYTES, 0x20);
    IMAGES.png.copy(bytes);
    const image = await uploadOne(w.commune, w.f.communeA1, 'lon.png', bytes);
    expect(image.size).toBe(IMAGE_MAX_BYTES);
  });

  it.each([
    ['a text file renamed .png', 'ghi-chu.png', Buffer.from('Đây không phải ảnh\n'), 'not_an_image'],
    [
      'an SVG',
      'logo.svg',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'not_an_image',
    ],
    ['a PNG named .gif', 'anh.gif', IMAGES.png, 'not_an_image'],
    ['a PDF', 'van-ban.pdf', Buffer.from('%PDF-1.4\n'), 'not_an_image'],
    ['an empty file', 'rong.png', Buffer.alloc(0), 'file_empty'],
    [
      'a file of 5 MB and one byte',
      'qua-lon.png',
      Buffer.concat([IMAGES.png, Buffer.alloc(IMAGE_MAX_BYTES + 1 - IMAGES.png.length)]),
      'image_too_large',
    ],
  ])('refuses %s, naming the field, and stores nothing', async (_what, name, bytes, reason) => {
    const before = await countRows(t, 'images');
    const res = await postImage(w.commune, w.f.communeA1, [{ name, bytes }]);
    expect(problemOf(res)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'file', reason });
    expect(await countRows(t, 'images')).toBe(before);
  });

  it('wants exactly one file in the field "file"', async () => {
    const before = await countRows(t, 'images');
    const none = await postImage(w.commune, w.f.communeA1, []);
    expect(problemOf(none)).toMatchObject({ status: 400, field: 'file', reason: 'required' });
    const elsewhere = await postImage(w.commune, w.f.communeA1, [
      { name: 'anh.png', bytes: IMAGES.png, field: 'photo' },
    ]);
    expect(problemOf(elsewhere)).toMatchObject({ status: 400, field: 'file', reason: 'required' });
    const two = await postImage(w.commune, w.f.communeA1, [
      { name: 'a.png', bytes: IMAGES.png },
      { name: 'b.png', bytes: IMAGES.png },
    ]);
    expect(problemOf(two)).toMatchObject({ status: 400, field: 'file', reason: 'too_many_files' });
    expect(await countRows(t, 'images')).toBe(before);
  });

  it('answers 404 outside the writer’s scope and 403 to a reader without content.write', async () => {
    const before = await countRows(t, 'images');
    const outside = await postImage(w.outsider, w.f.communeA1, [{ name: 'anh.png', bytes: IMAGES.png }]);
    expect(outside.statusCode).toBe(404);
    const reader = await postImage(viewer, w.f.communeA1, [{ name: 'anh.png', bytes: IMAGES.png }]);
    expect(reader.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/images?unitId=${w.f.communeA1}` });
    expect(anonymous.statusCode).toBe(401);
    expect(await countRows(t, 'images')).toBe(before);
  });
});

describe('GET /media/{id}', () => {
  it('answers 404 for an unknown id and for one that is not a uuid', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'khong-phai-uuid', "1' or 1=1"]) {
      const res = await t.app.inject({ method: 'GET', url: `/media/${encodeURIComponent(id)}` });
      expect(res.statusCode, id).toBe(404);
    }
  });

  it('is not part of the API document', () => {
    const spec = t.app.swagger() as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths).filter((p) => p.startsWith('/media'))).toEqual([]);
    expect(Object.keys(spec.paths)).toContain('/api/images');
  });
});

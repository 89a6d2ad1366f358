import { AppError, type BoundaryInfo, todayInVietnam } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { validOn } from '../../db/validity';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import { assertPermissionAnywhere } from '../auth/auth.policy';
import type { ServiceDeps } from '../auth/service-deps';

/**
 * Ranh giới: province boundaries an operator uploads for the choropleth. None ship with the system (the tile
 * map needs none); a FeatureCollection whose features carry the province code (properties.code or ma_tinh)
 * is checked, matched to today's provinces and kept as it came.
 */

type Feature = {
  type?: unknown;
  geometry?: { type?: unknown } | null;
  properties?: Record<string, unknown> | null;
};

const GEOMETRIES = new Set(['Polygon', 'MultiPolygon']);

export function codeOfFeature(feature: Feature): string | null {
  const p = feature.properties ?? {};
  const raw = p.code ?? p.ma_tinh ?? p.MA_TINH ?? null;
  if (typeof raw === 'number') return String(raw).padStart(2, '0');
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : null;
}

/** Every problem of the file, each with where it is (feature index), before anything is stored. */
function problemsOf(body: unknown): { features: Feature[]; details: { field: string; reason: string }[] } {
  const details: { field: string; reason: string }[] = [];
  const doc = body as { type?: unknown; features?: unknown } | null;
  if (!doc || typeof doc !== 'object' || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    return { features: [], details: [{ field: 'type', reason: 'not_feature_collection' }] };
  }
  const features = doc.features as Feature[];
  if (features.length === 0) details.push({ field: 'features', reason: 'empty' });
  features.forEach((f, i) => {
    if (!f || typeof f !== 'object' || f.type !== 'Feature')
      details.push({ field: `features[${i}]`, reason: 'not_feature' });
    else if (!f.geometry || !GEOMETRIES.has(String(f.geometry.type)))
      details.push({ field: `features[${i}].geometry`, reason: 'not_polygon' });
    else if (codeOfFeature(f) === null)
      details.push({ field: `features[${i}].properties.code`, reason: 'required' });
  });
  return { features, details: details.slice(0, 50) };
}

export async function uploadBoundaries(
  actor: Actor,
  body: unknown,
  deps: ServiceDeps,
): Promise<BoundaryInfo> {
  assertPermissionAnywhere(actor, 'map.manage');
  const { features, details } = problemsOf(body);
  if (details.length > 0)
    throw new AppError('VALIDATION_FAILED', 'the file is not a FeatureCollection of provinces', details);
  const today = todayInVietnam(deps.clock());
  const provinces = await deps.db.execute<{ code: string }>(
    sql`select code from units u where kind = 'province' and ${validOn('u', today)}`,
  );
  const codes = new Set(provinces.rows.map((r) => r.code));
  const matched = features.filter((f) => codes.has(codeOfFeature(f) ?? '')).length;
  if (matched === 0)
    throw new AppError('VALIDATION_FAILED', 'no feature carries the code of a current province', [
      { field: 'features', reason: 'no_province_matched' },
    ]);
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into map_boundaries (level, geojson, features, matched, uploaded_at, uploaded_by)
      values ('province', ${JSON.stringify(body)}::jsonb, ${features.length}, ${matched}, ${at.toISOString()}::timestamptz, ${actor.userId})
      on conflict (level) do update set geojson = excluded.geojson, features = excluded.features,
        matched = excluded.matched, uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by`);
    await recordAudit(tx, actor, {
      action: 'boundaries.upload',
      entity: 'map_boundaries',
      entityId: 'province',
      after: { features: features.length, matched },
    });
  });
  return { level: 'province', features: features.length, matched, uploadedAt: at.toISOString() };
}

/** The stored file with what was found in it, or null when none was uploaded (the usual case: not an error). */
export async function findBoundaries(
  deps: ServiceDeps,
): Promise<{ info: BoundaryInfo; geojson: unknown } | null> {
  const rows = await deps.db.execute<{
    geojson: unknown;
    features: number;
    matched: number;
    uploadedAt: string;
  }>(
    sql`select geojson, features, matched, uploaded_at as "uploadedAt" from map_boundaries where level = 'province'`,
  );
  const row = rows.rows[0];
  if (!row) return null;
  const info: BoundaryInfo = {
    level: 'province',
    features: row.features,
    matched: row.matched,
    uploadedAt: new Date(row.uploadedAt).toISOString(),
  };
  return { info, geojson: row.geojson };
}

export async function deleteBoundaries(actor: Actor, deps: ServiceDeps): Promise<void> {
  assertPermissionAnywhere(actor, 'map.manage');
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`delete from map_boundaries where level = 'province'`);
    await recordAudit(tx, actor, {
      action: 'boundaries.delete',
      entity: 'map_boundaries',
      entityId: 'province',
    });
  });
}

import type { GeoJsonCollection } from '../../api/analytics';
import { isProvinceCode, provinceCodeOf } from './tile-layout';

/**
 * The uploaded province boundaries as the choropleth reads them: each feature's province code put into
 * `properties.code` (from `code` or `ma_tinh`), so ECharts matches the figures by code whatever the file called
 * it. Checks what the browser can before the upload, so a wrong file is named at once. Pure.
 */

export type GeoJsonProblem = 'invalid_json' | 'not_feature_collection' | 'no_province_codes';

export interface CheckedBoundaries {
  collection: GeoJsonCollection;
  features: number;
  /** Distinct province codes among the 34 that the features carry. */
  matched: string[];
  /** Codes in the file that are not one of the 34 provinces. */
  unknown: string[];
}

export type CheckResult = { ok: true; value: CheckedBoundaries } | { ok: false; problem: GeoJsonProblem };

function isCollection(value: unknown): value is GeoJsonCollection {
  return (
    !!value &&
    typeof value === 'object' &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

/** Reads the features' codes and writes them back as `properties.code`. */
export function normaliseBoundaries(collection: GeoJsonCollection): CheckedBoundaries {
  const matched = new Set<string>();
  const unknown = new Set<string>();
  const features = collection.features.map((f) => {
    const code = provinceCodeOf(f?.properties);
    if (code === null) return f;
    (isProvinceCode(code) ? matched : unknown).add(code);
    return { ...f, properties: { ...f.properties, code } };
  });
  return {
    collection: { type: 'FeatureCollection', features },
    features: features.length,
    matched: [...matched].sort(),
    unknown: [...unknown].sort(),
  };
}

/** The text of an uploaded file, checked: valid JSON, a FeatureCollection, with at least one province code. */
export function checkBoundaries(text: string): CheckResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'invalid_json' };
  }
  if (!isCollection(parsed)) return { ok: false, problem: 'not_feature_collection' };
  const value = normaliseBoundaries(parsed);
  if (value.matched.length === 0) return { ok: false, problem: 'no_province_codes' };
  return { ok: true, value };
}

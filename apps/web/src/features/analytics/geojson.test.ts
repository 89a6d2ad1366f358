import { describe, expect, it } from 'vitest';
import { checkBoundaries } from './geojson';

const feature = (properties: Record<string, unknown>) => ({ type: 'Feature', properties, geometry: null });

describe('checkBoundaries', () => {
  it('writes each feature’s province code into properties.code and counts the provinces matched', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature({ ma_tinh: '1', ten: 'Hà Nội' }),
        feature({ code: '37' }),
        feature({ code: '02' }),
        feature({}),
      ],
    });
    const result = checkBoundaries(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.features).toBe(4);
    expect(result.value.matched).toEqual(['01', '37']);
    expect(result.value.unknown).toEqual(['02']);
    expect(result.value.collection.features[0]!.properties).toEqual({
      ma_tinh: '1',
      ten: 'Hà Nội',
      code: '01',
    });
  });

  it('names what is wrong with a file that is not province boundaries', () => {
    expect(checkBoundaries('{')).toEqual({ ok: false, problem: 'invalid_json' });
    expect(checkBoundaries('{"type":"Feature"}')).toEqual({ ok: false, problem: 'not_feature_collection' });
    expect(
      checkBoundaries(JSON.stringify({ type: 'FeatureCollection', features: [feature({ name: 'x' })] })),
    ).toEqual({ ok: false, problem: 'no_province_codes' });
  });
});

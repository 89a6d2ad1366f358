import { reasonParams } from '../domain/figure-format';
import type { Reason, TargetStatus } from '../schemas/analytics';
import type { Lang } from './errors';

/**
 * The words of a target's status and of the reasons behind a figure, in both languages: the dashboards (web
 * i18n reads these tables) and the official documents say the same sentence. Placeholders are {{name}}.
 */
export const TARGET_STATUS_NAMES: Record<Lang, Record<TargetStatus, string>> = {
  vi: {
    achieved: 'Đã đạt',
    on_track: 'Đúng tiến độ',
    at_risk: 'Có nguy cơ',
    off_track: 'Chậm tiến độ',
    no_data: 'Chưa có số liệu',
  },
  en: {
    achieved: 'Achieved',
    on_track: 'On track',
    at_risk: 'At risk',
    off_track: 'Off track',
    no_data: 'No data',
  },
};

export const ANALYTICS_REASON_TEXTS: Record<Lang, Record<Reason['code'], string>> = {
  vi: {
    no_reports: 'Chưa có báo cáo được duyệt',
    no_institutions: 'Không có thiết chế thuộc loại này trong năm',
    unit_not_in_year: 'Đơn vị chưa có trong năm {{year}}',
    division_by_zero: 'Không tính được: mẫu số bằng 0',
    baseline_missing: 'Thiếu số liệu năm gốc {{year}}',
    baseline_zero: 'Số liệu năm gốc {{year}} bằng 0',
    baseline_is_year: 'Năm {{year}} là năm gốc, chưa tính được tốc độ tăng',
    met: 'Đạt chỉ tiêu',
    missed: 'Không đạt: {{actual}}, chỉ tiêu {{target}}',
    needs_vs_trend: 'cần {{needed}}, xu hướng {{trend}}',
    no_trend: 'Chưa đủ số liệu các năm để tính xu hướng',
    units_below_threshold: '{{below}} đơn vị dưới mức {{threshold}}',
  },
  en: {
    no_reports: 'No approved report yet',
    no_institutions: 'No institution of these categories in the year',
    unit_not_in_year: 'The unit did not exist in {{year}}',
    division_by_zero: 'Cannot be computed: the denominator is 0',
    baseline_missing: 'No figure for the base year {{year}}',
    baseline_zero: 'The base year {{year}} figure is 0',
    baseline_is_year: '{{year}} is the base year: no growth yet',
    met: 'Target met',
    missed: 'Missed: {{actual}} against a target of {{target}}',
    needs_vs_trend: 'needs {{needed}}, trend {{trend}}',
    no_trend: 'Not enough years of data for a trend',
    units_below_threshold: '{{below}} units below {{threshold}}',
  },
};

/** Fills {{name}} placeholders; a missing one reads as empty. */
export function fillPlaceholders(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** A reason in words with its numbers formatted: "cần +11,8 %/năm, xu hướng +6,2 %/năm"; '' for none. */
export function reasonSentence(reason: Reason | null, unit: string, lang: Lang): string {
  if (!reason) return '';
  return fillPlaceholders(ANALYTICS_REASON_TEXTS[lang][reason.code], reasonParams(reason, unit, lang));
}

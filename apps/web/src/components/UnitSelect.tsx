import type { Unit, UnitKind } from '@suotdoi/shared';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import type { TFunction } from 'i18next';
import { type CSSProperties, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getUnit, listUnits } from '../api/units';
import { formatDate } from '../lib/format';
import { rankSearchResults } from '../lib/units';
import { useDebounced } from '../lib/use-debounced';

export type UnitSelectValue = number | string;

export interface ExtraOption {
  value: string;
  label: string;
}

interface Props {
  id?: string;
  value?: UnitSelectValue | UnitSelectValue[] | null;
  onChange?: (value: UnitSelectValue | UnitSelectValue[] | null) => void;
  mode?: 'multiple';
  /** Only units valid on this date are offered. */
  asOf?: string;
  /** Only units of these levels are offered (the server filters when there is one). */
  levels?: UnitKind[];
  placeholder?: string;
  /** Options that are not units yet, e.g. the new units of an event being recorded. */
  extraOptions?: ExtraOption[];
  /** Labels known already (the institution's parent name), so the value shows before any search. */
  knownLabels?: Record<number, string>;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  status?: 'error' | 'warning';
  'aria-label'?: string;
  'data-testid'?: string;
}

export function unitLabel(
  unit: Pick<Unit, 'name' | 'code' | 'level' | 'typeName' | 'validTo'>,
  t: TFunction,
) {
  const kind = unit.typeName || t(`units.levels.${unit.level}`);
  const ended = unit.validTo ? ` · ${t('units.until', { date: formatDate(unit.validTo) })}` : '';
  return `${unit.name} (${kind} · ${unit.code}${ended})`;
}

/**
 * Picks one or more units by typing part of a name or a code; the server's search ignores diacritics
 * ("ha noi" finds "Hà Nội"). Values are unit ids.
 */
export function UnitSelect({
  value,
  onChange,
  mode,
  asOf,
  levels,
  extraOptions,
  knownLabels,
  placeholder,
  ...rest
}: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const labels = useRef(new Map<number, string>());
  if (knownLabels) {
    for (const [id, label] of Object.entries(knownLabels)) {
      if (!labels.current.has(Number(id))) labels.current.set(Number(id), label);
    }
  }
  const level = levels?.length === 1 ? levels[0] : undefined;
  const results = useQuery({
    queryKey: ['unit-search', q, asOf ?? null, level ?? null],
    queryFn: ({ signal }) => listUnits({ q, asOf, level, limit: 30 }, signal),
    enabled: q.length >= 1,
    staleTime: 60_000,
  });
  const found = rankSearchResults(
    (results.data ?? []).filter((u) => !levels || levels.includes(u.level)),
    q,
  );
  for (const u of found) labels.current.set(u.id, unitLabel(u, t));

  const selected = (
    Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  ).filter((v): v is number => typeof v === 'number');
  const unknown = selected.filter((id) => !labels.current.has(id));
  const lookups = useQueries({
    queries: unknown.map((id) => ({
      queryKey: ['unit', id],
      queryFn: ({ signal }: { signal: AbortSignal }) => getUnit(id, signal),
      staleTime: 60_000,
    })),
  });
  for (const lookup of lookups) {
    if (lookup.data) labels.current.set(lookup.data.id, unitLabel(lookup.data, t));
  }

  const options = useMemo(() => {
    const list: { value: UnitSelectValue; label: string }[] = [...(extraOptions ?? [])];
    const ids = new Set<number>();
    for (const id of [...selected, ...found.map((u) => u.id)]) {
      if (ids.has(id)) continue;
      ids.add(id);
      list.push({ value: id, label: labels.current.get(id) ?? `#${id}` });
    }
    return list;
  }, [extraOptions, selected, found]);

  return (
    <Select<UnitSelectValue | UnitSelectValue[]>
      {...rest}
      mode={mode}
      value={value ?? (mode ? [] : undefined)}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      placeholder={placeholder ?? t('units.searchPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={
        results.isFetching ? (
          <Spin size="small" />
        ) : q.length >= 1 ? (
          t('common.noResults')
        ) : (
          t('units.typeToSearch')
        )
      }
      popupMatchSelectWidth={false}
      style={{ minWidth: 220, width: '100%', ...rest.style }}
    />
  );
}

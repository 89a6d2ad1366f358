import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useCurrentUser } from '../features/auth/session';
import { roleUnits, type UnitChoice } from '../lib/permissions';
import { readStorage, writeStorage } from '../lib/storage';

const STORAGE_KEY = 'suotdoi.unitId';

interface SelectedUnitValue {
  /** The unit chosen in the header, or null for "all my units". */
  unitId: number | null;
  unit: UnitChoice | null;
  choices: UnitChoice[];
  setUnitId: (id: number | null) => void;
}

const SelectedUnitContext = createContext<SelectedUnitValue | null>(null);

/**
 * The unit picked in the header filters the institution list and the audit view. It is remembered in
 * localStorage and ignored when it is not one of the signed-in user's units (another person on the same PC).
 */
export function SelectedUnitProvider({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  const [stored, setStored] = useState<number | null>(() => {
    const raw = Number(readStorage(STORAGE_KEY));
    return Number.isInteger(raw) && raw > 0 ? raw : null;
  });
  const choices = useMemo(() => roleUnits(user), [user]);
  const unit = choices.find((c) => c.unitId === stored) ?? null;
  const setUnitId = useCallback((id: number | null) => {
    setStored(id);
    writeStorage(STORAGE_KEY, id === null ? null : String(id));
  }, []);
  const value = useMemo(
    () => ({ unitId: unit?.unitId ?? null, unit, choices, setUnitId }),
    [unit, choices, setUnitId],
  );
  return <SelectedUnitContext.Provider value={value}>{children}</SelectedUnitContext.Provider>;
}

export function useSelectedUnit(): SelectedUnitValue {
  const value = useContext(SelectedUnitContext);
  if (!value) throw new Error('useSelectedUnit outside SelectedUnitProvider');
  return value;
}

import type { Database } from '../../../db/client';

// Placeholder while the module is being written in this session; replaced before commit.
export async function loadDemoInstitutions(
  _database: Database,
  _log: (line: string) => void,
): Promise<number> {
  return 0;
}

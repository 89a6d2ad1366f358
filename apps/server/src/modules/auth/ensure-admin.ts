import type { Database } from '../../db/client';

// Placeholder while the module is being written in this session; replaced before commit.
export async function ensureAdmin(
  _database: Database,
  _password: string | undefined,
): Promise<{ needsSetup: boolean }> {
  return { needsSetup: true };
}

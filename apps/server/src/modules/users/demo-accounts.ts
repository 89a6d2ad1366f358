import type { Database } from '../../db/client';

export interface DemoLogin {
  username: string;
  password: string;
  role: string;
  unit: string;
}

// Placeholder while the module is being written in this session; replaced before commit.
export async function createDemoAccounts(_database: Database): Promise<DemoLogin[]> {
  return [];
}

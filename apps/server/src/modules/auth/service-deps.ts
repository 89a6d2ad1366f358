import type { Db } from '../../db/client';

/** What a service needs besides its input: the database (it opens the transaction) and the time. */
export interface ServiceDeps {
  db: Db;
  clock: () => Date;
}

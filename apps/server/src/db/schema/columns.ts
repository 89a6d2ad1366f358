import { customType } from 'drizzle-orm/pg-core';

/** Raw bytes (evidence files, attachments): kept in the database so that a backup holds them. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

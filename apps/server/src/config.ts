import path from 'node:path';
import { z } from 'zod';

/** The only reader of process.env: parsed once, and every problem listed at start. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SUOTDOI_ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').optional(),
  SUOTDOI_DEMO: z.enum(['0', '1']).optional(),
  /** Set behind TLS so that the session cookie gets the Secure flag. */
  COOKIE_SECURE: z.enum(['0', '1']).default('0'),
  /** Behind a reverse proxy: trust its X-Forwarded-For (else a client could dodge the per-address limits). */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** E-mail of notifications: smtp://user:pass@host:587 or smtps://…:465; unset = in-app notifications only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMTP_FROM: z.string().default('Suốt Đời <no-reply@localhost>'),
  /** Minutes between two reminder runs in the server process; 0 turns them off (run `suotdoi reminders`). */
  REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
  /** Days after an activity ends before its registrants' names and contacts are erased (Decree 13/2023). */
  REGISTRATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** Public registrations per client address per 10 minutes. */
  REGISTRATION_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  pgliteDir: string;
  databaseUrl?: string;
  adminPassword?: string;
  /** Demo data and demo accounts: only on the embedded database and unless SUOTDOI_DEMO=0. */
  demo: boolean;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: string;
  webDist: string;
  smtpUrl?: string;
  smtpFrom?: string;
  /** 0: no reminder timer in the server process. */
  reminderIntervalMinutes?: number;
  /** Days after an activity ends before registrants' names and contacts are erased (default 180). */
  registrationRetentionDays?: number;
  /** Public registrations per client address per 10 minutes (default 10). */
  registrationRateLimit?: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    console.error(`Cấu hình không hợp lệ / Invalid configuration:\n${lines.join('\n')}`);
    process.exit(1);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    pgliteDir: path.join(dataDir, 'pglite'),
    databaseUrl: e.DATABASE_URL,
    adminPassword: e.SUOTDOI_ADMIN_PASSWORD,
    demo: !e.DATABASE_URL && e.SUOTDOI_DEMO !== '0',
    cookieSecure: e.COOKIE_SECURE === '1',
    trustProxy: e.TRUST_PROXY === '1',
    logLevel: e.LOG_LEVEL,
    webDist: path.resolve(import.meta.dirname, '../../web/dist'),
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    reminderIntervalMinutes: e.REMINDER_INTERVAL_MINUTES,
    registrationRetentionDays: e.REGISTRATION_RETENTION_DAYS,
    registrationRateLimit: e.REGISTRATION_RATE_LIMIT,
  };
}

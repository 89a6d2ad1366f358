import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { pageOf } from './audit';
import { IdSchema, OptionalTextSchema, TextSchema } from './common';

export const RoleSchema = z.enum(ROLES);

export const PASSWORD_MIN = 10;
export const PasswordSchema = z.string().min(PASSWORD_MIN).max(200);
export const UsernameSchema = z
  .string()
  .transform((v) => v.normalize('NFC').trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9._-]{3,40}$/, 'username: 3–40 of a-z 0-9 . _ -'));

export const LoginSchema = z
  .object({ username: z.string().max(100), password: z.string().max(200) })
  .strict();
export type Login = z.infer<typeof LoginSchema>;

export const RoleAssignmentViewSchema = z.object({
  role: RoleSchema,
  unitId: z.number().int(),
  unitName: z.string(),
  unitCode: z.string(),
});

export const SessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleAssignmentViewSchema),
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

/** GET /api/auth/session: who is signed in, the CSRF token for writes, and whether first-run setup is due. */
export const SessionSchema = z.object({
  authenticated: z.boolean(),
  user: SessionUserSchema.nullable(),
  csrfToken: z.string().nullable(),
  needsSetup: z.boolean(),
});
export type Session = z.infer<typeof SessionSchema>;

export type SessionRole = z.infer<typeof RoleAssignmentViewSchema>;

export const SetupSchema = z
  .object({
    username: UsernameSchema.default('admin'),
    displayName: TextSchema(100),
    password: PasswordSchema,
  })
  .strict();
export type Setup = z.infer<typeof SetupSchema>;

export const ChangePasswordSchema = z
  .object({ currentPassword: z.string().max(200), newPassword: PasswordSchema })
  .strict();
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

export const RoleAssignmentInputSchema = z.object({ role: RoleSchema, unitId: IdSchema }).strict();

export const UserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  isActive: z.boolean(),
  isLocked: z.boolean(),
  isDemo: z.boolean(),
  mustChangePassword: z.boolean(),
  roles: z.array(RoleAssignmentViewSchema),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const UserListQuerySchema = z
  .object({
    /** Matches username or display name, with or without diacritics. */
    q: z.string().max(100).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

export const UserPageSchema = pageOf(UserSchema);
export type UserPage = z.infer<typeof UserPageSchema>;

export const UserIdParamsSchema = z.object({ id: z.uuid() }).strict();

export const CreateUserSchema = z
  .object({
    username: UsernameSchema,
    displayName: TextSchema(100),
    email: OptionalTextSchema(200),
    password: PasswordSchema,
    roles: z.array(RoleAssignmentInputSchema).min(1).max(20),
  })
  .strict();
export type CreateUser = z.infer<typeof CreateUserSchema>;

export const UpdateUserSchema = z
  .object({
    displayName: TextSchema(100).optional(),
    email: OptionalTextSchema(200),
    isActive: z.boolean().optional(),
    roles: z.array(RoleAssignmentInputSchema).min(1).max(20).optional(),
    /** Clears a lockout after too many failed logins. */
    unlock: z.literal(true).optional(),
  })
  .strict();
export type UpdateUser = z.infer<typeof UpdateUserSchema>;

/** An admin resets a password: to the one given, or to a random one returned once. */
export const ResetPasswordSchema = z.object({ newPassword: PasswordSchema.optional() }).strict();
export type ResetPassword = z.infer<typeof ResetPasswordSchema>;
/** `password` is the generated one (shown once), or null when the admin gave it. */
export const ResetPasswordResultSchema = z.object({ password: z.string().nullable() });
export type ResetPasswordResult = z.infer<typeof ResetPasswordResultSchema>;

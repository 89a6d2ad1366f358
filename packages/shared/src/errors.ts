/**
 * Transport-neutral errors. The domain throws AppError with a stable code; the server's error plugin maps the
 * code to an HTTP status (see ERROR_STATUS) and the UI picks the translated message by code.
 */
export const ERROR_STATUS = {
  /** The request body, query or params did not match the contract. */
  VALIDATION_FAILED: 400,
  /** The body was larger than the server accepts. */
  PAYLOAD_TOO_LARGE: 413,
  /** An uploaded file is not a spreadsheet the import can read. */
  UNSUPPORTED_FILE: 415,
  /** No session, or the session expired. */
  UNAUTHENTICATED: 401,
  /** The user or password is wrong. */
  INVALID_CREDENTIALS: 401,
  /** Too many failed logins: the account is locked for a while. */
  ACCOUNT_LOCKED: 423,
  /** A write without the session's CSRF token in `x-csrf-token`. */
  CSRF_INVALID: 403,
  /** The actor's roles do not reach this unit or action. */
  FORBIDDEN: 403,
  /** The first-run setup was already done. */
  SETUP_DONE: 409,
  /** The thing asked for does not exist (or is outside the actor's scope, which looks the same). */
  NOT_FOUND: 404,
  /** Another record already uses this code or username. */
  DUPLICATE_CODE: 409,
  /** The parent link falls outside the parent's or the child's validity. */
  PARENT_OUT_OF_VALIDITY: 422,
  /** The change would make a unit its own ancestor. */
  CYCLE_IN_TREE: 422,
  /** A restructuring event that does not make sense (no source, dates backwards, weights not summing to 1). */
  INVALID_EVENT: 422,
  /** An import found bad rows; nothing was written. `details.rows` lists them. */
  IMPORT_INVALID: 422,
  /** A password that does not meet the policy. */
  WEAK_PASSWORD: 422,
  /** The record changed since it was read. */
  CONFLICT: 409,
  /** Too many requests in a short time. */
  RATE_LIMITED: 429,
  /** A backup file that does not match this schema version or is not a backup. */
  INVALID_BACKUP: 422,
  /** The reference data (e.g. the country unit VN) is not loaded, so accounts cannot be attached to it. */
  REFERENCE_DATA_MISSING: 503,
  /** The change would leave the actor without their own administrator role, or deactivate their own account. */
  LAST_ADMIN_ROLE: 422,
  /** The account must change its password (after a reset) before doing anything else. */
  PASSWORD_CHANGE_REQUIRED: 403,
  /** The current password given to change it is wrong (not a 401: the session itself is fine). */
  WRONG_PASSWORD: 422,
  /** The report is submitted, approved or locked: it cannot be changed until it is returned or unlocked. */
  REPORT_LOCKED: 409,
  /** The workflow step does not apply to the report's status (approving a draft, submitting twice). */
  REPORT_STATE: 409,
  /** The report breaks a validation rule of its form (`details.violations`) or holds a bad value. */
  REPORT_INVALID: 422,
  /** A summary report waits for its children's reports to be approved (`details.pending`). */
  CHILDREN_NOT_APPROVED: 409,
  /** The step does not apply to the activity's status (changing a completed one, completing a draft). */
  ACTIVITY_STATE: 409,
  /** Registration for the activity opens later (`details.opensAt`). */
  REGISTRATION_NOT_OPEN: 409,
  /** The activity's registration window has closed. */
  REGISTRATION_CLOSED: 409,
  /** The activity takes no registrations: people just come (walk-in, counted by headcount). */
  REGISTRATION_NOT_REQUIRED: 409,
  /** The activity has ended or is completed: nobody registers or cancels any more. */
  ACTIVITY_ENDED: 409,
  /** The activity was cancelled (`details.reason`). */
  ACTIVITY_CANCELLED: 409,
  /** This contact already holds a place, or a place on the waitlist, in the activity. */
  ALREADY_REGISTERED: 409,
  /** A check-in code whose registration is waitlisted or cancelled (`details.status`). */
  REGISTRATION_NOT_CONFIRMED: 409,
  /** The activity is completed or cancelled: no more check-ins or headcounts (`details.status`). */
  ATTENDANCE_CLOSED: 409,
  /** The step does not apply to the nomination's status (granting a declined one, editing a granted one). */
  RECOGNITION_STATE: 409,
  /** The editorial step does not apply to the article's status (publishing a published one). */
  ARTICLE_STATE: 409,
  /** Anything unexpected; its text is never shown. */
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** The JSON every failing API call answers with. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/** Error codes every transport returns; the renderer maps them to messages and the API docs list them. */
export const errorCodes = [
  'unauthenticated',
  'forbidden',
  'invalid_input',
  'not_found',
  'conflict',
  'rule_violation',
  'setup_required',
  // The database file refused the write (disk full, read-only, missing or damaged); nothing was saved.
  'storage_full',
  'storage_readonly',
  'storage_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  field: string;
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
  issues?: FieldIssue[];
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

/** Thrown by services and the router; its message is in Vietnamese, the user's language. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, opts: { field?: string; issues?: FieldIssue[] } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = opts.field;
    this.issues = opts.issues ?? (opts.field ? [{ field: opts.field, message }] : undefined);
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.field) body.field = this.field;
    if (this.issues) body.issues = this.issues;
    return body;
  }
}

// The envelope every API reply travels in, whatever the transport.

export const errorCodes = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  /** Another program holds the data file for now: worth retrying. */
  'busy',
  'read_only',
  'disk_full',
  'database_too_new',
  /** The data file is damaged: the officer is offered a backup. */
  'damaged',
  /** Another copy of Minutebook has the data folder open. */
  'locked',
  /** The minutes are approved: the record is read-only until reopened with a reason. */
  'approved',
  'unauthorised',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  /** A sentence a committee officer can act on. */
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by the main process for failures the officer should see as they are. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

// The one error shape that crosses the API boundary: a code the UI translates, and params.
export type ApiErrorParams = Record<string, string | number>;

export interface ApiErrorShape {
  /** Stable code; the renderer looks up `errors.<code>` in its message catalogue. */
  code: string;
  /** English message for logs and the CLI. */
  message: string;
  params: ApiErrorParams;
}

/** Thrown by handlers and services for errors a user should read. */
export class ApiError extends Error implements ApiErrorShape {
  readonly code: string;
  readonly params: ApiErrorParams;

  constructor(code: string, message: string, params: ApiErrorParams = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.params = params;
  }

  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, params: this.params };
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorShape).code === 'string' &&
    typeof (value as ApiErrorShape).message === 'string'
  );
}

/** Result envelope used by both transports. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

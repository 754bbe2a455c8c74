import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { ApiErrorBody, Envelope, ErrorCode, FieldIssue } from '../../shared/errors';
import { getToken, lockSession } from './session';

/** An error envelope from the back end, thrown so TanStack Query and forms can handle it. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly issues: FieldIssue[];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.field = body.field;
    this.issues = body.issues ?? (body.field ? [{ field: body.field, message: body.message }] : []);
  }
}

const networkFailure: ApiErrorBody = {
  code: 'internal',
  message: 'Không kết nối được với máy chủ của ứng dụng. Kiểm tra ứng dụng còn đang chạy rồi thử lại.',
};

function pageKey(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="rehabdesk-key"]')?.content ?? '';
}

async function overHttp(method: string, input: unknown, token: string | null): Promise<Envelope<unknown>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-RehabDesk-Key': pageKey() };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
  } catch {
    return { ok: false, error: networkFailure };
  }
  // Every answer, success or refusal, carries the envelope; anything else means the host itself failed.
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: networkFailure };
  }
}

/** Calls one contract method through whichever transport this window has: Electron IPC or the web host. */
export async function invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const token = getToken();
  const envelope = window.api ? await window.api.invoke(method, input, token) : await overHttp(method, input, token);
  if (envelope.ok) return envelope.data as MethodOutput<M>;
  // A session the back end no longer knows (expired, ended elsewhere) locks the screen instead of leaving it:
  // what the user was typing stays under the lock until they sign in again.
  if (envelope.error.code === 'unauthenticated' && token) lockSession();
  throw new ApiError(envelope.error);
}

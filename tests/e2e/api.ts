import type { APIRequestContext } from '@playwright/test';
import type { AppUnderTest } from './fixtures';

export interface ApiEnvelope {
  ok: boolean;
  data: Record<string, unknown>;
  error?: { code: string; message: string };
}

/** The web host's API as a script uses it: the per-start key read from the served page, then a bearer token. */
export async function apiClient(request: APIRequestContext, app: AppUnderTest) {
  const html = await (await request.get(app.url)).text();
  const key = /name="rehabdesk-key" content="([^"]+)"/.exec(html)?.[1] ?? '';
  let token = '';
  const call = async (method: string, input: unknown): Promise<ApiEnvelope> => {
    const r = await request.post(`${app.url}api/${method}`, { headers: { 'X-RehabDesk-Key': key, Authorization: `Bearer ${token}` }, data: input });
    return (await r.json()) as ApiEnvelope;
  };
  /** A call that must succeed; its data. */
  const ok = async (method: string, input: unknown): Promise<Record<string, unknown>> => {
    const body = await call(method, input);
    if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
    return body.data;
  };
  const signIn = async (username: string, password: string): Promise<void> => {
    token = (await ok('auth.login', { username, password })).token as string;
  };
  return { call, ok, signIn };
}

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

export const E2E_ADMIN = { username: 'quantri', fullName: 'Lê Thị Mai', password: 'mat-khau-du-dai' };
export const E2E_HEAD = { username: 'truongcs', fullName: 'Nguyễn Văn Thành', password: 'truong-co-so-2026' };

/** A new facility set up through the API: the administrator signed in, a head's account, one male compulsory room of 4 beds. */
export async function newFacility(request: APIRequestContext, app: AppUnderTest) {
  const api = await apiClient(request, app);
  await api.ok('setup.create', {
    facility: { name: 'Cơ sở cai nghiện ma túy số 1', governingUnit: 'Công an tỉnh Đồng Nai', address: 'Xã Xuân Tâm', designCapacity: 300 },
    admin: E2E_ADMIN,
  });
  await api.signIn(E2E_ADMIN.username, E2E_ADMIN.password);
  await api.ok('users.create', { ...E2E_HEAD, role: 'head' });
  const areaId = (await api.ok('beds.createArea', { code: 'A', name: 'Khu A', purpose: 'compulsory', sex: 'male' })).id;
  const bedIds = (await api.ok('beds.createRoom', { areaId, code: 'P01', name: 'Phòng 1', designCapacity: 4, workingCapacity: 4, bedCount: 4 })).bedIds as number[];
  return { ...api, bedIds };
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_URL } from '../../../electron/desktop/app-origin';
import { invokeFromFrame } from '../../../electron/desktop/ipc-gate';
import { ADMIN, openTestBackend, type TestBackend } from '../services/test-backend';

const setup = {
  facility: { name: 'Cơ sở cai nghiện ma túy số 1', governingUnit: 'Công an tỉnh Đồng Nai', address: 'Xã Xuân Tâm', designCapacity: 300 },
  admin: ADMIN,
};

/** The IPC handler's gate, on a real register: only our own renderer may reach the router. */
describe('the IPC gate', () => {
  let t: TestBackend;
  beforeEach(() => {
    t = openTestBackend();
  });
  afterEach(() => t.close());

  const needsSetup = () => (t.ok('setup.status', {}) as { needsSetup: boolean }).needsSetup;

  it('refuses any frame that is not the app:// renderer, so a foreign page cannot create the first administrator', async () => {
    const foreign = [null, '', 'file:///tmp/index.html', 'http://127.0.0.1:5173/', 'https://rehabdesk/', 'app://evil/', 'app://user@rehabdesk/'];
    for (const url of foreign) {
      const answer = await invokeFromFrame(t.backend.router, url, 'setup.create', setup, null);
      expect(answer, String(url)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(needsSetup()).toBe(true);
  });

  it('passes our renderer\'s calls to the router, client routes included', async () => {
    const created = await invokeFromFrame(t.backend.router, `${APP_URL}setup`, 'setup.create', setup, null);
    expect(created.ok).toBe(true);
    expect(needsSetup()).toBe(false);
    expect(await invokeFromFrame(t.backend.router, APP_URL, 'system.health', {}, null)).toEqual({
      ok: true,
      data: { version: '0.0.0-test' },
    });
  });

  it('refuses a method that is not a name and a token that is not a string, before the router sees them', async () => {
    expect(await invokeFromFrame(t.backend.router, APP_URL, 42, {}, null)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await invokeFromFrame(t.backend.router, APP_URL, { toString: () => 'setup.create' }, setup, null)).toMatchObject({
      ok: false,
    });
    expect(await invokeFromFrame(t.backend.router, APP_URL, 'users.list', {}, { token: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    expect(needsSetup()).toBe(true);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { sourceMigrationsFolder } from '../../../db/paths';
import { openTestBackend, setupFacility, type TestBackend } from './test-backend';

const OFFICER = { username: 'canbo', fullName: 'Lê Thị Cán', role: 'officer', password: 'can-bo-mat-khau-1' };

let t: TestBackend;
let admin: string;
beforeEach(() => {
  t = openTestBackend();
  admin = setupFacility(t).token;
  t.ok('users.create', OFFICER, admin);
});
afterEach(() => t.close());

const login = (password: string, username = OFFICER.username) => t.call('auth.login', { username, password });
const officerRow = () => t.ok('users.list', {}, admin).find((u) => u.username === OFFICER.username)!;
const failTimes = (n: number) => {
  for (let i = 0; i < n; i++) expect(login('sai-mat-khau').ok).toBe(false);
};

describe('lock after repeated wrong passwords', () => {
  it('locks after the policy number of wrong passwords in a row, and the right password then stays refused', () => {
    expect(t.ok('auth.policy', {}, admin).lockAfterFailures).toBe(5);
    failTimes(4);
    expect(officerRow()).toMatchObject({ failedLogins: 4, lockedAt: null });
    expect(login(OFFICER.password).ok).toBe(true);
    expect(officerRow().failedLogins).toBe(0);

    failTimes(5);
    expect(officerRow()).toMatchObject({ failedLogins: 5, lockedAt: '2026-11-23T03:00:00.000Z' });
    const refused = login(OFFICER.password);
    expect(refused.ok).toBe(false);
    // Locked, unknown and wrong all read alike, so the screen tells a guesser nothing.
    const unknown = login('bat-ky', 'khong-co-ai');
    expect(!refused.ok && !unknown.ok && refused.error).toEqual(!unknown.ok && unknown.error);
  });

  it('keeps the lock across a restart of the back end', () => {
    failTimes(5);
    t.backend.close();
    const again = createBackend({ dbFile: `${t.dir}/rehabdesk.sqlite`, migrationsFolder: sourceMigrationsFolder, appVersion: 't', logger: { error: () => {} } });
    try {
      expect(again.router.call('auth.login', { username: OFFICER.username, password: OFFICER.password }, null).ok).toBe(false);
    } finally {
      again.close();
      t.backend = createBackend({ dbFile: `${t.dir}/rehabdesk.sqlite`, migrationsFolder: sourceMigrationsFolder, appVersion: 't', logger: { error: () => {} } });
    }
  });

  it('follows the policy the administrator sets, and audits the lock and the unlock', () => {
    t.ok('auth.setPolicy', { lockAfterFailures: 3, idleMinutes: 15 }, admin);
    failTimes(3);
    expect(officerRow().lockedAt).not.toBeNull();
    const unlocked = t.ok('users.unlock', { userId: officerRow().id }, admin);
    expect(unlocked).toMatchObject({ failedLogins: 0, lockedAt: null });
    expect(login(OFFICER.password).ok).toBe(true);

    const rows = t.ok('audit.list', { entity: 'user' }, admin).rows.map((r) => [r.method, (r.after as { locked?: true; unlocked?: true }) ?? {}]);
    expect(rows.filter(([, a]) => (a as { locked?: true }).locked).map(([m]) => m)).toEqual(['auth.login']);
    expect(rows.filter(([, a]) => (a as { unlocked?: true }).unlocked).map(([m]) => m)).toEqual(['users.unlock']);
  });

  it('refuses a policy outside its limits', () => {
    const r = t.call('auth.setPolicy', { lockAfterFailures: 5, idleMinutes: 241 }, admin);
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', field: 'idleMinutes' });
  });
});

describe('the administrator resets a password', () => {
  it('makes the user change the temporary one at the next sign-in, with the old one', () => {
    const id = officerRow().id;
    const old = t.ok('auth.login', { username: OFFICER.username, password: OFFICER.password }).token;
    const short = t.call('users.resetPassword', { userId: id, password: 'ngan' }, admin);
    expect(!short.ok && short.error.field).toBe('password');
    t.ok('users.resetPassword', { userId: id, password: 'tam-thoi-2026' }, admin);
    // The reset ends the sessions opened with the old password.
    expect(t.call('auth.me', {}, old)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(login(OFFICER.password).ok).toBe(false);

    const { token, user } = t.ok('auth.login', { username: OFFICER.username, password: 'tam-thoi-2026' });
    expect(user.mustChangePassword).toBe(true);
    // Until it is changed, the temporary password opens nothing but the change itself.
    expect(t.call('residents.list', {}, token)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const wrongOld = t.call('auth.changePassword', { oldPassword: 'khong-phai', newPassword: 'mat-khau-moi-cua-toi' }, token);
    expect(!wrongOld.ok && wrongOld.error).toMatchObject({ code: 'invalid_input', field: 'oldPassword' });
    const same = t.call('auth.changePassword', { oldPassword: 'tam-thoi-2026', newPassword: 'tam-thoi-2026' }, token);
    expect(!same.ok && same.error.field).toBe('newPassword');
    t.ok('auth.changePassword', { oldPassword: 'tam-thoi-2026', newPassword: 'mat-khau-moi-cua-toi' }, token);
    expect(t.ok('auth.me', {}, token).user.mustChangePassword).toBe(false);
    expect(t.call('residents.list', {}, token).ok).toBe(true);
    expect(login('tam-thoi-2026').ok).toBe(false);
    expect(login('mat-khau-moi-cua-toi').ok).toBe(true);
  });

  it('unlocks a locked account', () => {
    failTimes(5);
    expect(officerRow().lockedAt).not.toBeNull();
    t.ok('users.resetPassword', { userId: officerRow().id, password: 'tam-thoi-2026' }, admin);
    expect(login('tam-thoi-2026').ok).toBe(true);
  });
});

describe('deactivating an account', () => {
  it('ends its sessions at once and refuses its sign-in until reactivated', () => {
    const id = officerRow().id;
    const token = t.ok('auth.login', { username: OFFICER.username, password: OFFICER.password }).token;
    t.ok('users.setActive', { userId: id, active: false }, admin);
    expect(t.call('residents.list', {}, token)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(login(OFFICER.password).ok).toBe(false);
    t.ok('users.setActive', { userId: id, active: true }, admin);
    expect(login(OFFICER.password).ok).toBe(true);
  });

  it('never deactivates your own account or the last active administrator', () => {
    const adminId = t.ok('auth.me', {}, admin).user.id;
    const self = t.call('users.setActive', { userId: adminId, active: false }, admin);
    expect(!self.ok && self.error.code).toBe('rule_violation');

    const second = t.ok('users.create', { username: 'qtv2', fullName: 'Quản Trị Hai', role: 'admin', password: 'quan-tri-hai-1' }, admin);
    const secondToken = t.ok('auth.login', { username: 'qtv2', password: 'quan-tri-hai-1' }).token;
    // A second window of the first administrator stays signed in while another one deactivates that account
    // directly in the file: the guard still keeps one active administrator.
    t.backend.database.sqlite.prepare('UPDATE users SET active = 0 WHERE id = ?').run(adminId);
    const last = t.call('users.setActive', { userId: second.id, active: false }, admin);
    expect(!last.ok && last.error).toMatchObject({ code: 'rule_violation', message: expect.stringMatching(/cuối cùng/) });
    t.backend.database.sqlite.prepare('UPDATE users SET active = 1 WHERE id = ?').run(adminId);
    t.ok('users.setActive', { userId: second.id, active: false }, admin);
    expect(t.call('auth.me', {}, secondToken).ok).toBe(false);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unlockAdministrator } from '../../../electron/services/auth/host-unlock';
import { ADMIN, openTestBackend, setupFacility, type TestBackend } from './test-backend';

let t: TestBackend;
let admin: string;
beforeEach(() => {
  t = openTestBackend();
  admin = setupFacility(t).token;
});
afterEach(() => t.close());

const me = () => t.ok('auth.me', {}, admin).user.username;
const sqlite = () => t.backend.database.sqlite;

describe('unlocking the only administrator from the machine (serve --unlock-admin)', () => {
  it('lifts the lock after too many wrong passwords, so the administrator can sign in again, and logs it', () => {
    const username = me();
    for (let i = 0; i < 5; i++) t.call('auth.login', { username, password: 'sai-mat-khau-roi' });
    const locked = sqlite().prepare('SELECT locked_at FROM users WHERE username = ?').get(username) as { locked_at: string | null };
    expect(locked.locked_at).not.toBeNull();
    expect(t.call('auth.login', { username, password: ADMIN.password }).ok).toBe(false);

    expect(unlockAdministrator(sqlite(), username.toUpperCase(), new Date('2026-12-01T03:00:00Z'))).toBeNull();
    const after = sqlite().prepare('SELECT failed_logins, locked_at FROM users WHERE username = ?').get(username);
    expect(after).toEqual({ failed_logins: 0, locked_at: null });
    expect(t.call('auth.login', { username, password: ADMIN.password }).ok).toBe(true);
    const row = sqlite().prepare("SELECT user_id, after_json FROM audit_log WHERE method = 'users.unlock' ORDER BY id DESC").get() as { user_id: null; after_json: string };
    expect(row.user_id).toBeNull();
    expect(JSON.parse(row.after_json)).toMatchObject({ unlocked: true, fromHost: true });
    expect(t.ok('audit.verify', {}, admin).ok).toBe(true);
  });

  it('refuses, in Vietnamese, an unknown name, an account that is not locked and an officer (the screen unlocks those)', () => {
    expect(unlockAdministrator(sqlite(), 'khong-co-ai', new Date())).toMatch(/Không có tài khoản/);
    expect(unlockAdministrator(sqlite(), me(), new Date())).toMatch(/không bị khóa/);
    t.ok('users.create', { username: 'canbo', fullName: 'Lê Thị Cán', role: 'officer', password: 'can-bo-mat-khau-1' }, admin);
    expect(unlockAdministrator(sqlite(), 'canbo', new Date())).toMatch(/không phải quản trị viên/);
  });
});

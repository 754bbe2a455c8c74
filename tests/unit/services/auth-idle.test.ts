import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionStore } from '../../../electron/router/sessions';
import { idleMinutesSetting } from '../../../electron/services/auth/policy';
import { openTestBackend, setupFacility, type TestBackend } from './test-backend';

const user = (id: number) => ({ id, username: `u${id}`, fullName: `Người ${id}`, role: 'officer' as const });

let t: TestBackend;
let admin: string;
beforeEach(() => {
  t = openTestBackend();
  admin = setupFacility(t).token;
});
afterEach(() => t.close());

describe('idle sessions', () => {
  it('end after the idle minutes of the setting (15 by default), counted from the last call', () => {
    let now = 0;
    const sessions = new SessionStore(() => idleMinutesSetting(t.backend.database.sqlite) * 60_000, () => now);
    const token = sessions.create(user(7));
    now = 14 * 60_000;
    expect(sessions.resolve(token)?.id).toBe(7);
    now += 15 * 60_000;
    expect(sessions.resolve(token)?.id).toBe(7);
    now += 15 * 60_000 + 1;
    expect(sessions.resolve(token)).toBeNull();
    // Once gone, it stays gone.
    now -= 10 * 60_000;
    expect(sessions.resolve(token)).toBeNull();
  });

  it('follow a new idle time at once, and auth.me tells the screen', () => {
    let now = 0;
    const sessions = new SessionStore(() => idleMinutesSetting(t.backend.database.sqlite) * 60_000, () => now);
    const token = sessions.create(user(7));
    expect(t.ok('auth.me', {}, admin).idleMinutes).toBe(15);
    t.ok('auth.setPolicy', { lockAfterFailures: 5, idleMinutes: 2 }, admin);
    expect(t.ok('auth.me', {}, admin).idleMinutes).toBe(2);
    now = 2 * 60_000 + 1;
    expect(sessions.resolve(token)).toBeNull();
  });

  it('of one user end together, except the one kept', () => {
    const sessions = new SessionStore(60_000, () => 0);
    const [a, b, other] = [sessions.create(user(1)), sessions.create(user(1)), sessions.create(user(2))];
    sessions.endUser(1, b);
    expect([sessions.resolve(a), sessions.resolve(b)?.id, sessions.resolve(other)?.id]).toEqual([null, 1, 2]);
    sessions.endUser(1);
    expect(sessions.resolve(b)).toBeNull();
  });
});

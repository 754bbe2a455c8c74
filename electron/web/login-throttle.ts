/**
 * Slows password guessing through the web host. Every client there is 127.0.0.1, so one client is told apart by
 * the account it tries: after LOGIN_MAX_FAILURES wrong passwords for one username within LOGIN_WINDOW_MS, that
 * username is refused, right password or not, until the window (counted from the first failure) has passed; a
 * successful sign-in clears the count. Small enough that a guessing script gets nowhere, large enough that an
 * officer who mistypes twice is not locked out; the durable per-account lock is the back end's, not this.
 */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
// Expired entries are swept once this many are held, so made-up usernames cannot grow memory for long.
const SWEEP_AT = 1000;

export interface LoginThrottle {
  /** Milliseconds this client must still wait before trying `key` again; 0 when it may try now. */
  waitMs(key: string): number;
  failed(key: string): void;
  succeeded(key: string): void;
  /** Forgets the failures for a username from every client: an administrator has unlocked or reset the account. */
  clearUser(username: string): void;
}

export function createLoginThrottle(now: () => number = Date.now): LoginThrottle {
  const failures = new Map<string, { count: number; since: number }>();
  const current = (key: string) => {
    const entry = failures.get(key);
    if (entry && now() - entry.since >= LOGIN_WINDOW_MS) {
      failures.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    waitMs(key) {
      const entry = current(key);
      return entry && entry.count >= LOGIN_MAX_FAILURES ? entry.since + LOGIN_WINDOW_MS - now() : 0;
    },
    failed(key) {
      if (failures.size >= SWEEP_AT) for (const k of [...failures.keys()]) current(k);
      const entry = current(key);
      if (entry) entry.count += 1;
      else failures.set(key, { count: 1, since: now() });
    },
    succeeded(key) {
      failures.delete(key);
    },
    clearUser(username) {
      const name = normalised(username);
      for (const key of [...failures.keys()]) if (key.slice(key.indexOf('\n') + 1) === name) failures.delete(key);
    },
  };
}

/** The throttle's key for a login request: the client's address and the username as the router normalises it. */
export function loginKey(remoteAddress: string | undefined, input: unknown): string {
  const username = (input as { username?: unknown } | null)?.username;
  return `${remoteAddress ?? ''}\n${typeof username === 'string' ? normalised(username) : ''}`;
}

const normalised = (username: string) => username.trim().toLowerCase().slice(0, 100);

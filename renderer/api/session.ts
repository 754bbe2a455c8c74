/**
 * The session: its token and who holds it, kept in memory and in sessionStorage, so a reload keeps the user
 * signed in but closing the window (a shared facility PC) does not. A locked session has no token (the back end
 * ended it) but remembers its user: the screen stays as it was under the lock until that user signs in again.
 */
const STORAGE_KEY = 'rehabdesk.session';

export interface SessionHolder {
  username: string;
  fullName: string;
}

export interface SessionState {
  token: string | null;
  user: SessionHolder | null;
  locked: boolean;
}

const signedOut: SessionState = { token: null, user: null, locked: false };

let state: SessionState = readStored();
const listeners = new Set<() => void>();

function readStored(): SessionState {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return signedOut;
    const stored = JSON.parse(raw) as Partial<SessionState>;
    return { token: stored.token ?? null, user: stored.user ?? null, locked: stored.locked === true && !!stored.user };
  } catch {
    return signedOut;
  }
}

function update(next: SessionState): void {
  state = next;
  try {
    if (next.token || next.locked) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (privacy mode); memory still holds the session.
  }
  for (const listener of listeners) listener();
}

export function getToken(): string | null {
  return state.token;
}

export function getSession(): SessionState {
  return state;
}

export function startSession(token: string, user: SessionHolder): void {
  update({ token, user, locked: false });
}

/** Locks the screen for the user who held the session; with no known user there is nothing to keep, so sign out. */
export function lockSession(): void {
  if (state.locked) return;
  update(state.user ? { token: null, user: state.user, locked: true } : signedOut);
}

export function endSession(): void {
  if (state !== signedOut) update(signedOut);
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

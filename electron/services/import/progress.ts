import type { Ctx } from '../../router/types';

/** The running import of each back end (at most one: the router holds the register while it runs). */
const running = new WeakMap<Ctx['sessions'], { done: number; total: number }>();

export function setProgress(ctx: Ctx, p: { done: number; total: number } | null): void {
  if (p) running.set(ctx.sessions, p);
  else running.delete(ctx.sessions);
}

export function progressOf(ctx: Ctx): { done: number; total: number } | null {
  return running.get(ctx.sessions) ?? null;
}

import { useEffect } from 'react';
import { lockScreen } from './hooks';

// Mouse, keyboard, touch and scrolling count as someone at the PC.
const activity = ['mousemove', 'mousedown', 'keydown', 'touchstart', 'wheel'] as const;
const CHECK_EVERY_MS = 5_000;

/** Locks the screen after `idleMinutes` without activity; the back end ends its session at the same idle time. */
export function useIdleLock(idleMinutes: number, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    const seen = () => {
      last = Date.now();
    };
    for (const event of activity) window.addEventListener(event, seen, { passive: true, capture: true });
    // One interval reading the time, rather than a timer reset on every mouse move.
    const timer = window.setInterval(() => {
      if (Date.now() - last >= idleMinutes * 60_000) void lockScreen();
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const event of activity) window.removeEventListener(event, seen, { capture: true });
    };
  }, [idleMinutes, active]);
}

/** Past sessions still owing attendance, the oldest first (by day, then start time), whatever order they came in. */
export function sortUntaken<T extends { sessionOn: string; startTime: string; id: number }>(sessions: readonly T[]): T[] {
  return [...sessions].sort((a, b) => a.sessionOn.localeCompare(b.sessionOn) || a.startTime.localeCompare(b.startTime) || a.id - b.id);
}

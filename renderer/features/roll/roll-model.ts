import type { RollEntryView } from '../../../shared/contract/roll';
import { foldForSearch } from '../../../shared/domain/names';
import type { RollStatus } from '../../../shared/domain/roll-rules';

/** What the officer has marked for one resident before saving. */
export interface Mark {
  status: RollStatus;
  reason: string;
  decisionNumber: string;
  decisionDate: string | null;
}

export const presentMark: Mark = { status: 'present', reason: '', decisionNumber: '', decisionDate: null };

/** The mark a row starts with: present, or away by the movement that explains it. */
export function defaultMark(e: RollEntryView): Mark {
  return { ...presentMark, status: e.expected === 'away' ? 'away' : 'present' };
}

/** First row from `from` (wrapping) whose name or bed contains the typed text, accent-free; -1 if none. */
export function jumpIndex(entries: RollEntryView[], typed: string, from: number): number {
  const q = foldForSearch(typed).trim();
  if (!q) return -1;
  for (let k = 0; k < entries.length; k++) {
    const i = (from + k) % entries.length;
    const e = entries[i];
    if (e && (foldForSearch(e.fullName).includes(q) || foldForSearch(e.bedLabel ?? '').includes(q))) return i;
  }
  return -1;
}

export function tally(statuses: RollStatus[]): Record<RollStatus, number> {
  const t: Record<RollStatus, number> = { present: 0, away: 0, escaped: 0, absent: 0 };
  for (const s of statuses) t[s]++;
  return t;
}

/** The entries roll.save takes, from the marks. */
export function saveEntries(entries: RollEntryView[], marks: Map<number, Mark>) {
  return entries.map((e) => {
    const m = marks.get(e.stayId) ?? defaultMark(e);
    if (m.status === 'escaped') {
      return { stayId: e.stayId, status: m.status, searchDecisionNumber: m.decisionNumber, ...(m.decisionDate ? { searchDecisionDate: m.decisionDate } : {}) };
    }
    return m.status === 'absent' ? { stayId: e.stayId, status: m.status, reason: m.reason } : { stayId: e.stayId, status: m.status };
  });
}

import type Database from 'better-sqlite3';
import { formatDateVN, vnDate } from '../../../shared/domain/dates';
import { movementPhrases, refusalMessage, replay } from '../../../shared/domain/movement-rules';
import { effectiveMovements, type MovementFact } from '../../../shared/domain/movements';
import type { MovementType } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';

/** "05/03/2026 14:30" in Vietnam, for refusals that name a moment. */
export function instantVN(iso: string): string {
  const d = new Date(iso);
  const time = new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
  return `${formatDateVN(vnDate(d))} ${time}`;
}

/** Every movement row of a stay, reversals included, as the pure rules read them. */
export function stayMovementFacts(sqlite: Database.Database, stayId: number): MovementFact[] {
  return sqlite
    .prepare(
      `SELECT id, type, occurred_on AS occurredOn, occurred_at AS occurredAt, reverses_id AS reversesId
       FROM movements WHERE stay_id = ?`,
    )
    .all(stayId) as MovementFact[];
}

/**
 * Checks a new movement at an instant against the state machine: allowed from the state the stay was in at
 * that instant (a late entry is judged by its own moment), and leaving every later movement still allowed, so a
 * late entry can never contradict what was recorded after it. Throws the refusal tied to `field`.
 */
export function checkSequence(sqlite: Database.Database, stayId: number, type: MovementType, at: string, field = 'occurredAt'): void {
  const moves = effectiveMovements(stayMovementFacts(sqlite, stayId));
  const admittedAt = moves.find((m) => m.type === 'admitted')?.occurredAt;
  if (admittedAt !== undefined && at < admittedAt) {
    throw new AppError('rule_violation', `Thời điểm xảy ra phải từ lúc tiếp nhận (${instantVN(admittedAt)}) trở đi.`, { field });
  }
  const step: MovementFact = { id: 0, type, occurredAt: at, occurredOn: vnDate(new Date(at)), reversesId: null };
  const before = moves.filter((m) => m.occurredAt <= at);
  const upTo = replay([...before, step]);
  if (!upTo.ok) throw new AppError('rule_violation', refusalMessage(upTo.refusal), { field: upTo.at === step ? 'type' : field });
  const whole = replay([...before, step, ...moves.filter((m) => m.occurredAt > at)]);
  if (!whole.ok) {
    throw new AppError(
      'rule_violation',
      `Diễn biến ghi muộn này mâu thuẫn với diễn biến ghi sau đó (${movementPhrases[whole.at.type as MovementType]} lúc ${instantVN(whole.at.occurredAt)}): ${refusalMessage(whole.refusal)}`,
      { field },
    );
  }
}

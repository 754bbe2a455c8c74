import { stayStateNames } from './placement-messages';
import type { MovementType, StayState } from './vocabulary';

/**
 * Which movement may follow which (DOMAIN.md §6): from each state of a stay, the movements that may be recorded
 * and the state each leads to. A resident in hospital can come back, escape or be discharged, never "move bed";
 * a discharged stay takes nothing more. 'admitted' opens a stay and 'reversal' cancels a row, so neither is here.
 */
export const transitions: Record<StayState, Partial<Record<MovementType, StayState>>> = {
  present: {
    to_hospital: 'in_hospital',
    funeral_leave: 'on_leave',
    to_court: 'at_court',
    escaped: 'escaped',
    suspended: 'suspended',
    bed_move: 'present',
    discharged: 'discharged',
  },
  in_hospital: { from_hospital: 'present', escaped: 'escaped', discharged: 'discharged' },
  // Not back in time is an escape only when someone records it as one.
  on_leave: { funeral_return: 'present', escaped: 'escaped' },
  at_court: { from_court: 'present', discharged: 'discharged' },
  escaped: { returned: 'present', discharged: 'discharged' },
  suspended: { suspension_return: 'present', discharged: 'discharged' },
  discharged: {},
};

/** The movement types the state machine governs: everything but opening a stay and cancelling a row. */
export type StateMovementType = Exclude<MovementType, 'admitted' | 'reversal'>;

export type Refusal = { code: 'not_allowed'; state: StayState; type: MovementType };

export type NextState = { ok: true; state: StayState } | { ok: false; refusal: Refusal };

/** The movements that may be recorded from a state, in the table's order. */
export function allowedFrom(state: StayState): StateMovementType[] {
  return Object.keys(transitions[state]) as StateMovementType[];
}

export function nextState(state: StayState, type: MovementType): NextState {
  const to = transitions[state][type];
  return to === undefined ? { ok: false, refusal: { code: 'not_allowed', state, type } } : { ok: true, state: to };
}

/** How a refusal names a movement in a sentence (lower case, verb first). */
export const movementPhrases: Record<MovementType, string> = {
  admitted: 'tiếp nhận',
  bed_move: 'chuyển giường',
  to_hospital: 'chuyển viện',
  from_hospital: 'trở về từ bệnh viện',
  funeral_leave: 'về chịu tang',
  funeral_return: 'trở về sau chịu tang',
  to_court: 'ra tòa hoặc tham gia tố tụng',
  from_court: 'trở về từ tòa',
  escaped: 'bỏ trốn',
  returned: 'trở lại sau bỏ trốn',
  suspended: 'tạm đình chỉ',
  suspension_return: 'trở lại sau tạm đình chỉ',
  discharged: 'ra cơ sở',
  reversal: 'hủy bỏ',
};

/** Short names of what may still be recorded: every return reads "trở về" in the officer's words. */
const allowedPhrases: Partial<Record<MovementType, string>> = {
  from_hospital: 'trở về',
  funeral_return: 'trở về',
  from_court: 'trở về',
  returned: 'trở về',
  suspension_return: 'trở về',
};

function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} hoặc ${items.at(-1) ?? ''}`;
}

/** "Học viên đang nằm viện: chỉ có thể ghi trở về, bỏ trốn hoặc ra cơ sở, không thể chuyển giường". */
export function refusalMessage(r: Refusal): string {
  const allowed = [...new Set(allowedFrom(r.state).map((t) => allowedPhrases[t] ?? movementPhrases[t]))];
  const subject = `Học viên ${stayStateNames[r.state]}`;
  if (allowed.length === 0) return `${subject}: không thể ghi thêm diễn biến nào (${movementPhrases[r.type]}).`;
  return `${subject}: chỉ có thể ghi ${joinVi(allowed)}, không thể ${movementPhrases[r.type]}.`;
}

/** A movement as the replay sees it: its type (a stored movement's, so one of movementTypes). */
export interface ReplayStep {
  type: string;
}

export type Replay<T> = { ok: true; state: StayState } | { ok: false; refusal: Refusal; at: T };

/**
 * Replays a stay's effective movements in the order they happened, from the admission: the state it ends in,
 * or the first movement the machine refuses. A stay's cached state must equal what this returns.
 */
export function replay<T extends ReplayStep>(moves: readonly T[]): Replay<T> {
  let state: StayState = 'present';
  for (const m of moves) {
    if (m.type === 'admitted') continue;
    const next = nextState(state, m.type as MovementType);
    if (!next.ok) return { ok: false, refusal: next.refusal, at: m };
    state = next.state;
  }
  return { ok: true, state };
}

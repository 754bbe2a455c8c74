import type { MethodName, Role } from '../../../../shared/contract';
import type { World } from './world';

/**
 * One call of a method that must succeed for every role the matrix allows. `input` may prepare what the call
 * needs with `w.ok(...)`; all of it runs in one transaction that is rolled back afterwards, so each role's call
 * meets the same register.
 */
export interface ValidCall {
  input(w: World, role: Role): unknown | Promise<unknown>;
  /** The token to call with, when it is not the role's own session (a sign-out ends the session it is given). */
  token?(w: World, role: Role): string | null;
  /**
   * The call is not wrapped in a rolled-back transaction: it is async (it holds its own), or it writes outside
   * the register (a backup file) or replaces it (a restore). Such a call must be repeatable for each role, and
   * runs after every wrapped call.
   */
  commits?: true;
  /** The call needs a register nobody has set up yet (the first administrator): a fresh empty one, once. */
  fresh?: true;
}

export type Catalogue = Partial<Record<MethodName, ValidCall>>;

import type { MethodDef } from './define';

/** Methods of the roll feature (issue 4). */
export const rollMethods: Record<never, MethodDef> = {};

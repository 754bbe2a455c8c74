import type { MethodDef } from './define';

/** Methods of the movements feature (issue 4). */
export const movementsMethods: Record<never, MethodDef> = {};

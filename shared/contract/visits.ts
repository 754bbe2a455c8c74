import type { MethodDef } from './define';

/** Methods of the visits feature (issue 4). */
export const visitsMethods: Record<never, MethodDef> = {};

import type { HandlerMap } from '../../router/types';

/** Handlers of the movements feature (issue 4). */
export const movementsHandlers: HandlerMap<never> = {};

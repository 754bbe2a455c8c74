import type { HandlerMap } from '../../router/types';

/** Handlers of the roll feature (issue 4). */
export const rollHandlers: HandlerMap<never> = {};

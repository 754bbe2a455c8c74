import type { HandlerMap } from '../../router/types';

/** Handlers of the visits feature (issue 4). */
export const visitsHandlers: HandlerMap<never> = {};

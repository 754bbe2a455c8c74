import type { HandlerMap } from '../../router/types';

export const systemHandlers: HandlerMap<'system.health'> = {
  'system.health': (_input, ctx) => ({ version: ctx.appVersion }),
};

import type { HandlerMap } from '../../router/types';
import { alertsOverview } from './alerts';
import { listVisits } from './list';
import { recordVisit } from './record';

/** Visits and what relatives hand in; and the overview's overdue alerts. */
export const visitsHandlers = {
  'visits.record': (input, ctx) => recordVisit(input, ctx),
  'visits.list': (input, ctx) => listVisits(ctx.sqlite, input.stayId),
  'alerts.overview': (_input, ctx) => alertsOverview(ctx),
} satisfies HandlerMap<'visits.record' | 'visits.list' | 'alerts.overview'>;

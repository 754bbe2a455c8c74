import type { HandlerMap } from '../../router/types';
import { listCertificates } from './certificates';
import { markNoticeSent } from './mark-sent';
import { pendingNotices } from './pending';
import { prepareDischarge } from './prepare';
import { recordDischarge } from './record';
import { upcomingReleases } from './releases';
import { undoDischarge } from './undo';
import { getDischarge } from './view';

/** Handlers of discharge and release planning: the discharge itself, its undo, certificates, releases and notices. */
export const dischargeHandlers: HandlerMap<
  'discharge.prepare' | 'discharge.record' | 'discharge.get' | 'discharge.undo' | 'certificates.list' | 'releases.upcoming' | 'notices.pending' | 'notices.markSent'
> = {
  'discharge.prepare': (input, ctx) => prepareDischarge(ctx, input.stayId),
  'discharge.record': (input, ctx) => recordDischarge(ctx, input),
  'discharge.get': (input, ctx) => getDischarge(ctx, input.stayId),
  'discharge.undo': (input, ctx) => undoDischarge(ctx, input),
  'certificates.list': (input, ctx) => listCertificates(ctx.sqlite, input.year),
  'releases.upcoming': (input, ctx) => upcomingReleases(ctx, input.days),
  'notices.pending': (_input, ctx) => pendingNotices(ctx),
  'notices.markSent': (input, ctx) => markNoticeSent(ctx, input),
};

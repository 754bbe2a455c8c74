import { AppError } from '../../../shared/errors';
import type { HandlerMap } from '../../router/types';

// PLACEHOLDER until the feature's services land: the router needs a handler per method.
const notYet = () => { throw new AppError('internal', 'Chức năng đang được xây dựng.'); };

export const dischargeHandlers: HandlerMap<'discharge.prepare' | 'discharge.record' | 'discharge.get' | 'discharge.undo' | 'certificates.list' | 'releases.upcoming' | 'notices.pending' | 'notices.markSent'> = {
  'discharge.prepare': notYet,
  'discharge.record': notYet,
  'discharge.get': notYet,
  'discharge.undo': notYet,
  'certificates.list': notYet,
  'releases.upcoming': notYet,
  'notices.pending': notYet,
  'notices.markSent': notYet,
};

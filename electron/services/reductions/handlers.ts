import { AppError } from '../../../shared/errors';
import type { HandlerMap } from '../../router/types';

// PLACEHOLDER until the feature's services land: the router needs a handler per method.
const notYet = () => { throw new AppError('internal', 'Chức năng đang được xây dựng.'); };

export const reductionsHandlers: HandlerMap<'reductions.list' | 'reductions.draft' | 'reductions.get' | 'reductions.updateProposal' | 'reductions.approve' | 'reductions.recordDecision'> = {
  'reductions.list': notYet,
  'reductions.draft': notYet,
  'reductions.get': notYet,
  'reductions.updateProposal': notYet,
  'reductions.approve': notYet,
  'reductions.recordDecision': notYet,
};

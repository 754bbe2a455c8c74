import { AppError } from '../../../shared/errors';
import type { HandlerMap } from '../../router/types';

// PLACEHOLDER until the feature's services land: the router needs a handler per method.
const notYet = () => { throw new AppError('internal', 'Chức năng đang được xây dựng.'); };

export const workHandlers: HandlerMap<'products.list' | 'products.create' | 'products.setRate' | 'work.sheet' | 'work.record' | 'work.reverse' | 'work.exempt' | 'work.exemptions' | 'pay.list' | 'pay.draft' | 'pay.get' | 'pay.approve' | 'work.figures'> = {
  'products.list': notYet, 'products.create': notYet, 'products.setRate': notYet, 'work.sheet': notYet, 'work.record': notYet,
  'work.reverse': notYet, 'work.exempt': notYet, 'work.exemptions': notYet, 'pay.list': notYet, 'pay.draft': notYet, 'pay.get': notYet,
  'pay.approve': notYet, 'work.figures': notYet,
};

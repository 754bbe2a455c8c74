import { AppError } from '../../../shared/errors';
import type { HandlerMap } from '../../router/types';

// PLACEHOLDER until the feature's services land: the router needs a handler per method.
const notYet = () => { throw new AppError('internal', 'Chức năng đang được xây dựng.'); };

export const depositHandlers: HandlerMap<'deposit.account' | 'deposit.record' | 'deposit.reverse' | 'deposit.statement'> = {
  'deposit.account': notYet, 'deposit.record': notYet, 'deposit.reverse': notYet, 'deposit.statement': notYet,
};

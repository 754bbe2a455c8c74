import { AppError } from '../../../shared/errors';
import type { HandlerMap } from '../../router/types';

// PLACEHOLDER until the feature's services land: the router needs a handler per method.
const notYet = () => { throw new AppError('internal', 'Chức năng đang được xây dựng.'); };

export const trainingHandlers: HandlerMap<'trades.list' | 'trades.create' | 'trades.update' | 'classes.list' | 'classes.create' | 'classes.setStatus' | 'classes.get' | 'classes.candidates' | 'classes.enrol' | 'classes.withdraw' | 'sessions.sheet' | 'sessions.take' | 'classes.recordResults' | 'training.home' | 'training.schoolList' | 'training.figures'> = {
  'trades.list': notYet, 'trades.create': notYet, 'trades.update': notYet, 'classes.list': notYet, 'classes.create': notYet,
  'classes.setStatus': notYet, 'classes.get': notYet, 'classes.candidates': notYet, 'classes.enrol': notYet, 'classes.withdraw': notYet,
  'sessions.sheet': notYet, 'sessions.take': notYet, 'classes.recordResults': notYet, 'training.home': notYet, 'training.schoolList': notYet,
  'training.figures': notYet,
};

import { AppError } from '../../../shared/errors';
import type { HandlerMap } from '../../router/types';

// PLACEHOLDER until the feature's services land: the router needs a handler per method.
const notYet = () => { throw new AppError('internal', 'Chức năng đang được xây dựng.'); };

export const ratingsHandlers: HandlerMap<'teams.list' | 'teams.create' | 'teams.members' | 'teams.addMembers' | 'teams.removeMember' | 'ratings.sheet' | 'ratings.save' | 'ratings.confirmMonth' | 'release.planning' | 'release.recordMerit' | 'release.recordGround'> = {
  'teams.list': notYet,
  'teams.create': notYet,
  'teams.members': notYet,
  'teams.addMembers': notYet,
  'teams.removeMember': notYet,
  'ratings.sheet': notYet,
  'ratings.save': notYet,
  'ratings.confirmMonth': notYet,
  'release.planning': notYet,
  'release.recordMerit': notYet,
  'release.recordGround': notYet,
};

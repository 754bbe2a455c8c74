import type { HandlerMap } from '../../router/types';
import { confirmMonth } from './confirm';
import { recordGround, recordMerit } from './grounds';
import { releasePlanning } from './planning';
import { saveRatings } from './save';
import { ratingSheet } from './sheet';
import { addMembers, createTeam, listTeams, removeMember, teamMembers } from './teams';

/** Handlers of teams, monthly ratings and the grounds release planning rests on. */
export const ratingsHandlers: HandlerMap<
  | 'teams.list'
  | 'teams.create'
  | 'teams.members'
  | 'teams.addMembers'
  | 'teams.removeMember'
  | 'ratings.sheet'
  | 'ratings.save'
  | 'ratings.confirmMonth'
  | 'release.planning'
  | 'release.recordMerit'
  | 'release.recordGround'
> = {
  'teams.list': (_input, ctx) => listTeams(ctx),
  'teams.create': (input, ctx) => createTeam(ctx, input),
  'teams.members': (input, ctx) => teamMembers(ctx, input),
  'teams.addMembers': (input, ctx) => addMembers(ctx, input),
  'teams.removeMember': (input, ctx) => removeMember(ctx, input),
  'ratings.sheet': (input, ctx) => ratingSheet(ctx, input),
  'ratings.save': (input, ctx) => saveRatings(ctx, input),
  'ratings.confirmMonth': (input, ctx) => confirmMonth(ctx, input.month),
  'release.planning': (input, ctx) => releasePlanning(ctx, input.stayId),
  'release.recordMerit': (input, ctx) => recordMerit(ctx, input),
  'release.recordGround': (input, ctx) => recordGround(ctx, input),
};

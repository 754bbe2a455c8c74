import type { MethodInput, MethodName } from '../../../shared/contract';
import { useMethodMutation, useMethodQuery } from '../../api/query';

/** Who is in which team shows on the team list, its members and the rating sheets. */
const teamViews: MethodName[] = ['teams.list', 'teams.members', 'ratings.sheet'];
/** Ratings feed the sheets, each stay's release planning and the eligibility of the reviews. */
const ratingViews: MethodName[] = ['ratings.sheet', 'release.planning', 'reductions.get'];
const planningViews: MethodName[] = ['release.planning', 'reductions.get'];

export const useTeams = () => useMethodQuery('teams.list', {});
export const useTeamMembers = (teamId: number | null) =>
  useMethodQuery('teams.members', { teamId: teamId ?? 1 }, { enabled: teamId !== null });
export const useCreateTeam = () => useMethodMutation('teams.create', ['teams.list']);
export const useAddMembers = () => useMethodMutation('teams.addMembers', teamViews);
export const useRemoveMember = () => useMethodMutation('teams.removeMember', teamViews);

export const useRatingSheet = (input: MethodInput<'ratings.sheet'> | null) =>
  useMethodQuery('ratings.sheet', input ?? { teamId: 1, month: '2000-01' }, { enabled: input !== null });
export const useSaveRatings = () => useMethodMutation('ratings.save', ratingViews);
export const useConfirmMonth = () => useMethodMutation('ratings.confirmMonth', ratingViews);

/** Present residents to put in a team (the list is sorted by tên the Vietnamese way). */
export const usePresentResidents = (enabled: boolean) =>
  useMethodQuery('residents.list', { scope: 'present', limit: 5000 }, { enabled, staleTime: 60_000 });
/** Staff accounts, to name the officer in charge; only the administrator may list them. */
export const useStaff = (enabled: boolean) => useMethodQuery('users.list', {}, { enabled });

export const useReleasePlanning = (stayId: number) => useMethodQuery('release.planning', { stayId });
export const useRecordMerit = () => useMethodMutation('release.recordMerit', planningViews);
export const useRecordGround = () => useMethodMutation('release.recordGround', planningViews);

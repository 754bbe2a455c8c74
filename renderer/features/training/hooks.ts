import type { MethodName } from '../../../shared/contract';
import type { ClassStatus } from '../../../shared/domain/vocabulary';
import { useMethodMutation, useMethodQuery } from '../../api/query';

/** A class's facts and counts show on the list, its page, the trainer's day and the report's figures. */
const classViews: MethodName[] = ['classes.list', 'classes.get', 'training.home', 'training.figures'];
/** Who is on a class also decides who may still be enrolled and who is on each attendance sheet. */
const enrolmentViews: MethodName[] = [...classViews, 'classes.candidates', 'sessions.sheet'];

export const useTrades = () => useMethodQuery('trades.list', {});
export const useCreateTrade = () => useMethodMutation('trades.create', ['trades.list']);
// A renamed trade shows under its new name on every class.
export const useUpdateTrade = () => useMethodMutation('trades.update', ['trades.list', 'classes.list', 'classes.get', 'training.figures']);

export const useClasses = (status: ClassStatus | null) => useMethodQuery('classes.list', status ? { status } : {});
export const useClass = (classId: number) => useMethodQuery('classes.get', { classId });
export const useCandidates = (classId: number, query: string, enabled: boolean) =>
  useMethodQuery('classes.candidates', { classId, query: query.trim() || undefined }, { enabled, placeholderData: (prev) => prev });

export const useCreateClass = () => useMethodMutation('classes.create', classViews);
export const useSetClassStatus = () => useMethodMutation('classes.setStatus', [...classViews, 'classes.candidates']);
export const useEnrol = () => useMethodMutation('classes.enrol', enrolmentViews);
export const useWithdraw = () => useMethodMutation('classes.withdraw', enrolmentViews);
export const useRecordResults = () => useMethodMutation('classes.recordResults', [...classViews, 'classes.candidates']);

/** The trainer accounts a class may be given to. */
export const useTrainers = (enabled: boolean) => useMethodQuery('training.trainers', {}, { enabled, staleTime: 60_000 });

import type { MethodName } from '../../../../shared/contract';
import { useMethodMutation, useMethodQuery } from '../../../api/query';

/** A saved attendance shows on the sheet, the class (its sessions' counts and each resident's attended/held) and the trainer's day. */
const attendanceViews: MethodName[] = ['sessions.sheet', 'classes.get', 'training.home'];

export const useSessionSheet = (sessionId: number) => useMethodQuery('sessions.sheet', { sessionId });
export const useTakeAttendance = () => useMethodMutation('sessions.take', attendanceViews);
export const useTrainingHome = () => useMethodQuery('training.home', {});
export const useSchoolList = () => useMethodQuery('training.schoolList', {});
/** The legal figures, for the primary-education grade in force and its citation. */
export const useLegalRows = () => useMethodQuery('settings.legal', {}, { staleTime: 5 * 60_000 });

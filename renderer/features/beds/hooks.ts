import type { MethodName } from '../../../shared/contract';
import { useMethodMutation, useMethodQuery } from '../../api/query';

/** Whatever shows beds or who is where: every bed change refetches them all so the screens agree. */
const bedViews: MethodName[] = ['beds.board', 'beds.history', 'beds.candidates', 'residents.list', 'residents.get'];

export const useBedBoard = (privacy = false) => useMethodQuery('beds.board', privacy ? { privacy } : {});
export const useBedNorms = () => useMethodQuery('beds.norms', {}, { staleTime: 5 * 60_000 });
export const useCandidates = (query: string, enabled: boolean) =>
  useMethodQuery('beds.candidates', { query, limit: 30 }, { enabled });
export const useBedHistory = (bedId: number, on: string | null) =>
  useMethodQuery('beds.history', on ? { bedId, on } : { bedId });

export const useMoveBed = () => useMethodMutation('beds.move', bedViews);
export const useCreateArea = () => useMethodMutation('beds.createArea', bedViews);
export const useUpdateArea = () => useMethodMutation('beds.updateArea', bedViews);
export const useDeleteArea = () => useMethodMutation('beds.deleteArea', bedViews);
export const useCreateRoom = () => useMethodMutation('beds.createRoom', bedViews);
export const useUpdateRoom = () => useMethodMutation('beds.updateRoom', bedViews);
export const useDeleteRoom = () => useMethodMutation('beds.deleteRoom', bedViews);
export const useAddBeds = () => useMethodMutation('beds.addBeds', bedViews);
export const useDeleteBed = () => useMethodMutation('beds.deleteBed', bedViews);
export const useSetOutOfService = () => useMethodMutation('beds.setOutOfService', bedViews);
export const useSetInService = () => useMethodMutation('beds.setInService', bedViews);

import { useMethodMutation, useMethodQuery } from '../../api/query';

export const useBedBoard = () => useMethodQuery('beds.board', {});
export const useCreateArea = () => useMethodMutation('beds.createArea', ['beds.board']);
export const useCreateRoom = () => useMethodMutation('beds.createRoom', ['beds.board']);

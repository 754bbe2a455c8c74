import { useMethodMutation, useMethodQuery } from '../../api/query';

/** Every screen that shows a stay's state, bed or release date is refetched after a movement. */
const affected = ['movements.list', 'residents.get', 'residents.list', 'beds.board'] as const;

export const useMovements = (stayId: number) => useMethodQuery('movements.list', { stayId });
export const useRecordMovement = () => useMethodMutation('movements.record', [...affected]);
export const useReverseMovement = () => useMethodMutation('movements.reverse', [...affected]);

import { useMethodMutation } from '../../api/query';

/** Admitting changes the list, the board and the counts on the overview. */
export const useAdmitCompulsoryAdult = () =>
  useMethodMutation('admissions.admitCompulsoryAdult', ['residents.list', 'residents.get', 'beds.board']);

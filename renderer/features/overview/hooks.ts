import { useMethodQuery } from '../../api/query';

/** Who is on the books today by kind of stay and area, and the last 30 days' census against capacity. */
export const useOverview = () => useMethodQuery('reports.overview', {});

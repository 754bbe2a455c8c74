/** English: the head's report — periods, figures with their definitions, drill-down, charts, finalising. */
export const reports = {
  reports: {},
};

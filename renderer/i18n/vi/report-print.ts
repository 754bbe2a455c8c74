/** Vietnamese: the printed report (Nghị định 30/2020 layout). */
export const reportPrint = {
  reportPrint: {},
};

/** English: the "Export to Excel" button every list screen carries (the workbook itself is in Vietnamese). */
export const listExports = {
  exports: {
    button: 'Export to Excel',
    done: 'Downloaded {{file}}',
    residentsShown: 'The list as shown (with its filters)',
    residentsAll: 'The whole register: every stay, past ones included',
  },
};

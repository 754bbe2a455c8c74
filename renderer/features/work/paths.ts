/** The pay run of a month on the work screen, where its prints lead back to. */
export const workPayPath = (month: string) => `/lao-dong/thanh-toan/${month}`;

/** The discharge screen, and the same screen opened on one stay's discharge form. */
export const dischargePath = '/ra-co-so';
export const dischargeFormPath = (stayId: number) => `${dischargePath}/${stayId}`;

/** Print routes of a stay's admission documents; they render an A4 page over the app. */
export const admissionPrintPath = (stayId: number) => `/in/tiep-nhan/${stayId}`;
export const handoverPrintPath = (stayId: number) => `/in/ban-giao/${stayId}`;

/** The roll sheet of an area for a day and roll time (A4, for officers who count on paper first). */
export const rollSheetPath = (areaId: number, date: string, slot: string) => `/in/diem-danh/${areaId}/${date}/${encodeURIComponent(slot)}`;

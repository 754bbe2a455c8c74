/** Print routes of a stay's admission documents; they render an A4 page over the app. */
export const admissionPrintPath = (stayId: number) => `/in/tiep-nhan/${stayId}`;
export const handoverPrintPath = (stayId: number) => `/in/ban-giao/${stayId}`;

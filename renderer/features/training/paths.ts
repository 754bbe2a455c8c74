/** Paths of the training screens; the attendance sheet of a session and its screen belong to the attendance feature. */
export const trainingPath = '/day-nghe';
export const classesPath = '/day-nghe/lop';
export const classPath = (classId: number) => `/day-nghe/lop/${classId}`;
export const sessionPath = (sessionId: number) => `/day-nghe/buoi/${sessionId}`;
/** The class roster, A4 (renderer/features/print/ClassRosterPrint.tsx). */
export const classRosterPrintPath = (classId: number) => `/in/danh-sach-lop/${classId}`;

/** IPC channel names shared by the preload and the main process, so the two sides cannot drift. */
export const INVOKE_CHANNEL = 'api:invoke';
/** Push events from the main process; the payload is `(name, data)` and the preload filters by name. */
export const EVENT_CHANNEL = 'api:event';
/** "Lưu PDF": the main process renders the sender's page to PDF and saves it where the user chooses. */
export const SAVE_PDF_CHANNEL = 'print:save-pdf';

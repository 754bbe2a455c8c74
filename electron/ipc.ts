import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import type { Router } from './router/router';
import { INVOKE_CHANNEL, SAVE_PDF_CHANNEL } from './desktop/channels';
import { invokeFromFrame } from './desktop/ipc-gate';
import { PDF_OPTIONS, savePdfFromFrame } from './desktop/save-pdf';

/** The one IPC entry point: every renderer call reaches the router here, after the sender frame is checked. */
export function registerApiHandler(router: Router): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown, token: unknown) =>
    invokeFromFrame(router, event.senderFrame?.url ?? null, method, input, token),
  );
}

/** Saves the sender's page (a print route) as an A4 PDF, the page's own @page size and margins taken as set. */
export function registerSavePdfHandler(): void {
  ipcMain.handle(SAVE_PDF_CHANNEL, (event, suggested: unknown) =>
    savePdfFromFrame(event.senderFrame?.url ?? null, suggested, {
      printToPdf: () => event.sender.printToPDF(PDF_OPTIONS),
      chooseFile: async (defaultPath) => {
        const window = BrowserWindow.fromWebContents(event.sender);
        const options = { defaultPath, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
        const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return answer.canceled || !answer.filePath ? null : answer.filePath;
      },
      writeFile: (file, data) => writeFile(file, data),
    }),
  );
}

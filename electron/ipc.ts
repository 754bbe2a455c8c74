import { ipcMain } from 'electron';
import type { Router } from './router/router';
import { INVOKE_CHANNEL } from './desktop/channels';
import { invokeFromFrame } from './desktop/ipc-gate';

/** The one IPC entry point: every renderer call reaches the router here, after the sender frame is checked. */
export function registerApiHandler(router: Router): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown, token: unknown) =>
    invokeFromFrame(router, event.senderFrame?.url ?? null, method, input, token),
  );
}

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Envelope } from '../shared/errors';
import { EVENT_CHANNEL, INVOKE_CHANNEL, SAVE_PDF_CHANNEL } from './desktop/channels';

// The renderer gets exactly this object and nothing else from Node or Electron: no ipcRenderer, no event objects
// (they carry the sender), only envelopes and event payloads.
const api = Object.freeze({
  invoke(method: string, input: unknown, token: string | null): Promise<Envelope<unknown>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input, token) as Promise<Envelope<unknown>>;
  },
  on(event: string, listener: (payload: unknown) => void): () => void {
    const handler = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
  /** Saves the page on screen (a print route) as PDF through the save dialog; the page only suggests the file name. */
  savePdf(fileName: string): Promise<Envelope<{ saved: boolean; filePath: string | null }>> {
    return ipcRenderer.invoke(SAVE_PDF_CHANNEL, fileName) as Promise<Envelope<{ saved: boolean; filePath: string | null }>>;
  },
});

contextBridge.exposeInMainWorld('api', api);

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Envelope } from '../shared/errors';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './desktop/channels';

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
});

contextBridge.exposeInMainWorld('api', api);

import type { Envelope } from '../shared/errors';

/** What the Electron preload exposes; absent when the app runs in a browser against the web host. */
export interface PreloadApi {
  invoke(method: string, input: unknown, token: string | null): Promise<Envelope<unknown>>;
  /** Events pushed by the main process; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Saves the page on screen as PDF via the save dialog (desktop only; older builds lack it). */
  savePdf?(fileName: string): Promise<Envelope<{ saved: boolean; filePath: string | null }>>;
}

declare global {
  interface Window {
    api?: PreloadApi;
  }
}

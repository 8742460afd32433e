import { contextBridge, ipcRenderer } from 'electron';

/**
 * The whole surface the renderer gets: one invoke and one event subscription, both
 * checked in the main process. `ipcRenderer` itself is never exposed.
 */
contextBridge.exposeInMainWorld('novaevo', {
  invoke: (name: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke('novaevo:invoke', name, input),
  on: (listener: (name: string, payload: unknown) => void): (() => void) => {
    const handler = (_event: unknown, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on('novaevo:event', handler);
    return () => {
      ipcRenderer.removeListener('novaevo:event', handler);
    };
  },
});

// The whole bridge between the sandboxed renderer and the main process: one invoke, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { type BebackBridge, BRIDGE_KEY, IPC_INVOKE } from '../../shared/contract/bridge';

const bridge: BebackBridge = {
  // Only the two arguments cross: never the event object or ipcRenderer itself.
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);

// The whole bridge between the sandboxed renderer and the main process: one invoke, and the due-call
// reminders (a notification to show, the badge count, a clicked notification coming back).
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import {
  type BebackBridge,
  BRIDGE_KEY,
  IPC_DUE_COUNT,
  IPC_INVOKE,
  IPC_REMIND,
  IPC_REMINDER_CLICKED,
} from '../../shared/contract/bridge';

const bridge: BebackBridge = {
  // Only the arguments cross: never the event object or ipcRenderer itself.
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input),
  remind: (notice) => ipcRenderer.send(IPC_REMIND, notice),
  setDueCount: (count) => ipcRenderer.send(IPC_DUE_COUNT, count),
  onReminderClicked: (listener) => {
    const handler = (_event: IpcRendererEvent, followUpId: unknown) =>
      listener(typeof followUpId === 'number' ? followUpId : null);
    ipcRenderer.on(IPC_REMINDER_CLICKED, handler);
    return () => ipcRenderer.removeListener(IPC_REMINDER_CLICKED, handler);
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);

// What the Electron preload exposes to the renderer: invoke, plus the due-call reminders (a desktop
// notification, the window's badge, and a click on a notification coming back).
import { z } from 'zod';
import type { Result } from './result';

export const IPC_INVOKE = 'api:invoke';
export const IPC_REMIND = 'reminders:show';
export const IPC_DUE_COUNT = 'reminders:dueCount';
export const IPC_REMINDER_CLICKED = 'reminders:clicked';
export const BRIDGE_KEY = 'beback';

/** One desktop notification: the call it opens when clicked (null: My day), its title and its line. */
export const reminderNoticeSchema = z
  .object({
    followUpId: z.number().int().positive().nullable(),
    title: z.string().min(1).max(120),
    body: z.string().max(300),
  })
  .strict();
export type ReminderNotice = z.infer<typeof reminderNoticeSchema>;

/** The window's badge: calls due now, 0 clears it. */
export const dueCountSchema = z.number().int().min(0).max(9999);

export interface BebackBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Shows a desktop notification from the main process (the renderer holds no notification permission). */
  remind(notice: ReminderNotice): void;
  setDueCount(count: number): void;
  /** A notification was clicked: the window is focused, and `listener` gets its call. Returns unsubscribe. */
  onReminderClicked(listener: (followUpId: number | null) => void): () => void;
}

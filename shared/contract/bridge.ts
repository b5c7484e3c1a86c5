// What the Electron preload exposes to the renderer: one invoke, nothing else.
import type { Result } from './result';

export const IPC_INVOKE = 'api:invoke';
export const BRIDGE_KEY = 'beback';

export interface BebackBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

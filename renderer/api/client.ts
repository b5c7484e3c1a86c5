// The typed client: one interface, two transports (the Electron bridge or fetch to the web door),
// picked once at boot. The only way components reach the backend.
import { type BebackBridge, BRIDGE_KEY } from '../../shared/contract/bridge';
import type { ChannelName, FileChannel, InputOf, OutputOf } from '../../shared/contract/channels';
import type { AppError, Result } from '../../shared/contract/result';
import { downloadBlob } from '../ui/download';
import { noteAnswer } from './serverLost';

export class ApiError extends Error {
  readonly code: AppError['code'];
  readonly issues: NonNullable<AppError['issues']>;
  constructor(error: AppError) {
    super(error.message);
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

type Transport = (channel: string, input: unknown) => Promise<Result<unknown>>;

function webHeaders(): Record<string, string> {
  // The web door prints its URL with #token=…; keep it for this tab and take it out of the address bar.
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem('beback.token', fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  const token = sessionStorage.getItem('beback.token') ?? '';
  let session = sessionStorage.getItem('beback.session');
  if (!session) {
    session = crypto.randomUUID().replaceAll('-', '');
    sessionStorage.setItem('beback.session', session);
  }
  return { 'content-type': 'application/json', 'x-beback-token': token, 'x-beback-session': session };
}

function webTransport(): Transport {
  const headers = webHeaders();
  return async (channel, input) => {
    let response: Response;
    try {
      response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'BeBack is not reachable. Is it still running?' },
      };
    }
    return (await response.json()) as Result<unknown>;
  };
}

const bridge = (window as unknown as Record<string, BebackBridge | undefined>)[BRIDGE_KEY];

function pickTransport(): Transport {
  return bridge ? (channel, input) => bridge.invoke(channel, input) : webTransport();
}

/** The browser version can take a file from the PC as a download; the desktop app saves to a folder instead. */
export const canDownloadFiles = !bridge;

/** A file channel's file (a backup copy) downloaded by the browser under the name BeBack gives it. */
export async function downloadFile<C extends FileChannel>(channel: C, input: InputOf<C>): Promise<void> {
  const response = await fetch(`/download/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: webHeaders(),
    body: JSON.stringify(input ?? {}),
  });
  if (response.headers.get('content-type')?.startsWith('application/json')) {
    const result = (await response.json()) as Result<unknown>;
    throw new ApiError(result.ok ? { code: 'INTERNAL', message: 'No file came back.' } : result.error);
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'BeBack file';
  downloadBlob(await response.blob(), name);
}

const transport = pickTransport();

export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await transport(channel, input);
  noteAnswer(result);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as OutputOf<C>;
}

// The browser door for `npm run web` and the e2e tests: POST /rpc/<channel> on 127.0.0.1 with a
// per-start random token, plus the built renderer as static files. Never started by the Electron app.

import { timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { FILE_CHANNELS, UPLOAD_CHANNELS } from '../../shared/contract/channels';
import type { FileRefDto } from '../../shared/contract/dto';
import type { AppError, Result } from '../../shared/contract/result';
import type { Router } from '../services/boot.types';
import { LARGE_BODY_BYTES, LargeBodySlot, readBody, SMALL_BODY_BYTES, throwAwayRest } from './requestBody';
import { staticFiles } from './staticFiles';

export const TOKEN_HEADER = 'x-beback-token';
export const SESSION_HEADER = 'x-beback-session';
const SESSION_PATTERN = /^[A-Za-z0-9_-]{16,80}$/;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export interface WebDoorOptions {
  router: Router;
  token: string;
  staticDir: string;
  port?: number;
}

export interface WebDoor {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

export async function startWebDoor(options: WebDoorOptions): Promise<WebDoor> {
  const root = resolve(options.staticDir);
  const slot = new LargeBodySlot();
  const files = staticFiles(root);
  let hosts = new Set<string>();
  const server = createServer((req, res) => {
    handle(req, res)
      .catch(() => send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Server error' } }))
      .finally(() => throwAwayRest(req));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // DNS rebinding: a page from another site whose name now points at 127.0.0.1 still sends its own name.
    if (!hosts.has((req.headers.host ?? '').toLowerCase())) {
      return refuse(res, 403, 'NOT_ALLOWED', `This address is not BeBack's. Open ${origin()}/ instead.`);
    }
    const pathname = decodedPath(req.url);
    if (pathname === null)
      return refuse(res, 400, 'VALIDATION', 'The address is not valid: it has a malformed %-escape.');
    if (pathname.startsWith('/rpc/')) return rpc(req, res, pathname.slice(5));
    if (pathname.startsWith('/download/')) return download(req, res, pathname.slice(10));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'Method not allowed' });
    return files.serve(req, res, pathname, {
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
    });
  }

  const origin = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** A file channel's answer sent as the file itself (a backup copy to save from the browser). */
  async function download(req: IncomingMessage, res: ServerResponse, channel: string) {
    if (!(FILE_CHANNELS as readonly string[]).includes(channel))
      return send(res, 404, { error: 'No such file' });
    const answer = await call(req, res, channel);
    if (!answer) return;
    if (!answer.ok) return send(res, 200, answer);
    const file = answer.value as FileRefDto;
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(file.sizeBytes),
      'content-disposition': `attachment; filename="${file.fileName.replace(/[^\w .-]/g, '_')}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    createReadStream(file.path).pipe(res);
  }

  async function rpc(req: IncomingMessage, res: ServerResponse, channel: string) {
    const answer = await call(req, res, channel);
    if (answer) send(res, 200, answer);
  }

  /** Token, session and JSON checks shared by every POST; null when a refusal was already sent. */
  async function call(
    req: IncomingMessage,
    res: ServerResponse,
    channel: string,
  ): Promise<Result<unknown> | null> {
    if (req.method !== 'POST') {
      send(res, 405, { error: 'Use POST' });
      return null;
    }
    if (!sameToken(req.headers[TOKEN_HEADER], options.token)) {
      send(res, 401, {
        ok: false,
        error: { code: 'NOT_ALLOWED', message: 'This page is not connected to BeBack.' },
      });
      return null;
    }
    const session = req.headers[SESSION_HEADER];
    if (typeof session !== 'string' || !SESSION_PATTERN.test(session)) {
      send(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Missing session.' } });
      return null;
    }
    const upload = (UPLOAD_CHANNELS as readonly string[]).includes(channel);
    const held = { value: false };
    try {
      const body = await readBody(req, upload ? LARGE_BODY_BYTES : SMALL_BODY_BYTES, slot, held);
      if (!body.ok) {
        if (body.status === 503) res.setHeader('retry-after', '2');
        refuse(res, body.status, body.status === 503 ? 'UNAVAILABLE' : 'VALIDATION', body.message);
        return null;
      }
      let input: unknown;
      try {
        input = JSON.parse(body.text || '{}');
      } catch {
        refuse(res, 400, 'VALIDATION', 'The request was not valid JSON.');
        return null;
      }
      // The slot is held until the answer: the body's text and its parsed input live that long.
      return await options.router.call(`web-${session}`, channel, input);
    } finally {
      if (held.value) slot.release();
    }
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        // A socket a browser opened and sent nothing on yet (Chrome keeps spare ones) does not count as
        // idle, so close() would wait for it as long as the tab stays open: cut what is left after a grace.
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      }),
  };
}

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The request's path with its %-escapes decoded, or null when it has a malformed one (`%zz`, a cut UTF-8). */
function decodedPath(target: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(target ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
}

function refuse(res: ServerResponse, status: number, code: AppError['code'], message: string) {
  send(res, status, { ok: false, error: { code, message } });
}

function send(res: ServerResponse, status: number, body: unknown) {
  if (res.headersSent) return res.end();
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-content-type-options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

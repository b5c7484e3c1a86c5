// The web door's own guards: the Host header (DNS rebinding), malformed paths, body limits per channel
// and one large body at a time. Plain node:http, since fetch will not set a Host header.

import { writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUSY_MESSAGE, LARGE_BODY_BYTES, SMALL_BODY_BYTES } from '../../electron/http/requestBody';
import { SESSION_HEADER, startWebDoor, TOKEN_HEADER, type WebDoor } from '../../electron/http/webDoor';
import { type HostStore, openHostStore } from '../support/hostStore';

const TOKEN = 't'.repeat(32);
const SESSION = 'owner-session-1234';
let store: HostStore;
let door: WebDoor;

beforeEach(async () => {
  store = await openHostStore();
  writeFileSync(join(store.dir, 'index.html'), '<!doctype html><title>BeBack</title>');
  door = await startWebDoor({ router: store.host.router, token: TOKEN, staticDir: store.dir, port: 0 });
});
afterEach(async () => {
  await door?.close();
  await store?.dispose();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: () => unknown;
}

interface Ask {
  method?: string;
  path: string;
  host?: string;
  headers?: Record<string, string>;
  /** Sent in pieces (chunked, no content-length) so the door meets the size as it reads. */
  body?: string | Buffer;
  chunk?: number;
}

function ask(a: Ask): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = httpRequest({
      agent: false, // a connection per request: no keep-alive reuse races between steps
      host: '127.0.0.1',
      port: door.port,
      method: a.method ?? 'POST',
      path: a.path,
      headers: {
        host: a.host ?? `127.0.0.1:${door.port}`,
        [TOKEN_HEADER]: TOKEN,
        [SESSION_HEADER]: SESSION,
        'content-type': 'application/json',
        ...a.headers,
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        ok({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
    });
    req.on('error', fail);
    const body = typeof a.body === 'string' ? Buffer.from(a.body) : (a.body ?? Buffer.alloc(0));
    const step = a.chunk ?? (body.length || 1);
    for (let at = 0; at < body.length; at += step) req.write(body.subarray(at, at + step));
    req.end();
  });
}

const refusal = (code: string, message: string) => ({ ok: false, error: { code, message } });

async function signInOwner() {
  const employees = (await ask({ path: '/rpc/auth.employees', body: '{}' })).json() as {
    value: { id: number; name: string }[];
  };
  const owner = employees.value.find((e) => e.name === 'Olive Owner');
  const signed = await ask({
    path: '/rpc/auth.signIn',
    body: JSON.stringify({ employeeId: owner?.id, pin: '1111' }),
  });
  expect(signed.json()).toMatchObject({ ok: true });
}

describe('web door: Host header', () => {
  it('refuses any other Host with 403 on every path, static files included', async () => {
    const wrong = [`evil.example:${door.port}`, 'evil.example', `127.0.0.1:${door.port + 1}`, '127.0.0.1'];
    const message = `This address is not BeBack's. Open http://127.0.0.1:${door.port}/ instead.`;
    for (const host of wrong) {
      for (const [method, path] of [
        ['POST', '/rpc/auth.employees'],
        ['POST', '/download/backups.file'],
        ['GET', '/'],
        ['GET', '/index.html'],
        ['GET', '/%zz'],
      ]) {
        const answer = await ask({ method, path, host, body: '{}' });
        expect(answer.status, `${method} ${path} Host ${host}`).toBe(403);
        expect(answer.json()).toEqual(refusal('NOT_ALLOWED', message));
      }
    }
  });

  it('answers 127.0.0.1:<port> and localhost:<port>', async () => {
    for (const host of [`127.0.0.1:${door.port}`, `localhost:${door.port}`, `LocalHost:${door.port}`]) {
      const rpc = await ask({ path: '/rpc/auth.employees', host, body: '{}' });
      expect(rpc.status).toBe(200);
      expect(rpc.json()).toMatchObject({ ok: true });
      const page = await ask({ method: 'GET', path: '/', host });
      expect(page.status).toBe(200);
      expect(page.text).toBe('<!doctype html><title>BeBack</title>');
    }
  });
});

describe('web door: malformed paths', () => {
  it('answers a bad %-escape with 400 in words, for /rpc, /download and static files', async () => {
    const message = 'The address is not valid: it has a malformed %-escape.';
    for (const [method, path] of [
      ['POST', '/rpc/%E0%A4%A'],
      ['POST', '/rpc/partners.%zzlist'],
      ['POST', '/download/%E0%A4%A'],
      ['GET', '/%zz'],
      ['GET', '/assets/%C0'],
    ]) {
      const answer = await ask({ method, path, body: '{}' });
      expect(answer.status, `${method} ${path}`).toBe(400);
      expect(answer.json()).toEqual(refusal('VALIDATION', message));
    }
  });
});

describe('web door: body limits', () => {
  it('answers an oversize body on a small channel with 413, and the client reads it', async () => {
    const body = JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) });
    const message = 'The request is larger than 512 KB, more than this action takes.';
    // Met while reading (chunked, no length given) …
    const streamed = await ask({ path: '/rpc/auth.employees', body, chunk: 64 * 1024 });
    expect(streamed.status).toBe(413);
    expect(streamed.json()).toEqual(refusal('VALIDATION', message));
    // … and declared up front.
    const declared = await ask({
      path: '/rpc/auth.employees',
      body,
      headers: { 'content-length': String(body.length) },
    });
    expect(declared.status).toBe(413);
    expect(declared.json()).toEqual(refusal('VALIDATION', message));
    // Just under the limit is read and answered by the channel.
    const under = await ask({ path: '/rpc/auth.employees', body: `{}${' '.repeat(SMALL_BODY_BYTES - 2)}` });
    expect(under.json()).toMatchObject({ ok: true });
  });

  it('reads a partner file of 40 MB of quotes (80 MB as JSON) on an import channel, and refuses more', async () => {
    await signInOwner();
    const content = '"'.repeat(40 * 1024 * 1024 - 1024);
    const body = JSON.stringify({ partnerId: 999_999, fileName: 'leads.csv', content });
    expect(body.length).toBeGreaterThan(2 * 40_000_000);
    const answer = await ask({ path: '/rpc/partners.importCheck', body, chunk: 1024 * 1024 });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const over = await ask({
      path: '/rpc/partners.importCheck',
      body: Buffer.alloc(LARGE_BODY_BYTES + 1, 0x20),
      chunk: 1024 * 1024,
    });
    expect(over.status).toBe(413);
    expect(over.json()).toEqual(
      refusal('VALIDATION', 'The request is larger than 88 MB. Partner files must be 40 MB or less.'),
    );
  }, 30_000);

  it('reads one large body at a time: a second concurrent one gets 503 with Retry-After', async () => {
    await signInOwner();
    const half = Buffer.alloc(SMALL_BODY_BYTES + 1024, 0x20);
    // The first upload sends more than the small limit and keeps its request open.
    const first = httpRequest({
      host: '127.0.0.1',
      port: door.port,
      method: 'POST',
      path: '/rpc/partners.importCheck',
      headers: { [TOKEN_HEADER]: TOKEN, [SESSION_HEADER]: SESSION },
    });
    const firstAnswer = new Promise<Answer>((ok, fail) => {
      first.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          ok({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      });
      first.on('error', fail);
    });
    firstAnswer.catch(() => undefined); // awaited below; a failing step before must not leave it unhandled
    first.write(half);
    await new Promise((wait) => setTimeout(wait, 200));

    const second = await ask({ path: '/rpc/partners.importOutcomes', body: half, chunk: 64 * 1024 });
    expect(second.status).toBe(503);
    expect(second.headers['retry-after']).toBe('2');
    expect(second.json()).toEqual(refusal('UNAVAILABLE', BUSY_MESSAGE));
    // A small body on any channel still goes through meanwhile.
    const small = await ask({ path: '/rpc/partners.importCheck', body: '{}' });
    expect(small.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    first.end(JSON.stringify({ partnerId: 999_999, fileName: 'leads.csv', content: 'x' }));
    expect((await firstAnswer).json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Its slot is free again once it has answered.
    const third = await ask({
      path: '/rpc/partners.importCheck',
      body: JSON.stringify({
        partnerId: 999_999,
        fileName: 'leads.csv',
        content: 'x'.repeat(SMALL_BODY_BYTES),
      }),
    });
    expect(third.status).toBe(200);
    expect(third.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

// Random and malformed requests through the web door, as raw bytes on a socket (any method, path bytes,
// %-escapes, Host, token, session and body): never a 5xx, never INTERNAL, never a hang, and a request
// the door turns away (no token, a wrong one, a foreign Host) leaves every table as it was.
import { connect } from 'node:net';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_HEADER, startWebDoor, TOKEN_HEADER, type WebDoor } from '../../electron/http/webDoor';
import { contract } from '../../shared/contract/channels';
import { type HostStore, openHostStore } from '../support/hostStore';

const TOKEN = 'k'.repeat(32);
const OWNER_SESSION = 'fuzz-owner-session-01';
const REQUEST_MS = 3_000;
let store: HostStore;
let door: WebDoor;

beforeAll(async () => {
  store = await openHostStore();
  door = await startWebDoor({ router: store.host.router, token: TOKEN, staticDir: store.dir, port: 0 });
});
afterAll(async () => {
  if (process.env.FUZZ_TALLY) console.log([...seen].sort().join('\n'));
  await door?.close();
  await store?.dispose();
});

interface RawAnswer {
  status: number;
  body: string;
}

/** One request on its own connection (Connection: close), read until the door closes it. */
function raw(request: Buffer): Promise<RawAnswer> {
  return new Promise((ok, fail) => {
    const socket = connect(door.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      fail(
        new Error(
          `no answer in ${REQUEST_MS} ms to ${JSON.stringify(request.toString('latin1').slice(0, 300))}`,
        ),
      );
    }, REQUEST_MS);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined); // a reset after the answer still leaves the answer read
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? text : text.slice(0, split);
      const rest = split < 0 ? '' : text.slice(split + 4);
      ok({ status, body: /transfer-encoding: chunked/i.test(head) ? unchunk(rest) : rest });
    });
    socket.write(request);
  });
}

function unchunk(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const eol = text.indexOf('\r\n', at);
    const size = Number.parseInt(text.slice(at, eol), 16);
    if (eol < 0 || !(size > 0)) return out;
    out += text.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
}

const channels = Object.keys(contract);
const percentEscape = fc.oneof(
  fc.constantFrom('%', '%z', '%zz', '%E0%A4%A', '%C0', '%00', '%2F', '%2e%2e', '%25', '%FF%FE', '..', '//'),
  fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).padStart(2, '0')}`),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
/** Any byte but CR and LF, which would end the request line rather than exercise the path. */
const pathBytes = fc
  .uint8Array({ maxLength: 40 })
  .map((bytes) => Buffer.from(bytes.filter((b) => b !== 0x0d && b !== 0x0a)).toString('latin1'));
const channel = fc.oneof(fc.constantFrom(...channels), fc.string({ maxLength: 30 }), pathBytes);
const path = fc.oneof(
  fc.constantFrom(...channels).map((c) => `/rpc/${c}`),
  channel.map((c) => `/rpc/${c}`),
  channel.map((c) => `/rpc/${encodeURIComponent(c)}`),
  fc.constantFrom('/download/backups.file', '/download/auth.current').map((p) => p),
  fc
    .tuple(fc.constantFrom('/rpc/', '/download/', '/', '/assets/'), fc.array(percentEscape, { maxLength: 5 }))
    .map(([prefix, parts]) => prefix + parts.join('')),
  pathBytes.map((p) => `/${p}`),
  fc.constantFrom(
    '/',
    '/index.html',
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '*',
    'http://127.0.0.1/rpc/x',
  ),
);
const method = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.constantFrom('GET', 'POST', 'POST', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{1,8}$/) },
);
/** Header values a client can send (printable ASCII); others are refused by node's parser before the door. */
const headerText = (max: number) => fc.stringMatching(new RegExp(`^[ -~]{0,${max}}$`));
const body = fc.oneof(
  fc.json().map((j) => Buffer.from(j)),
  fc.jsonValue().map((v) => Buffer.from(JSON.stringify({ content: v, partnerId: 1, fileName: 'x.csv' }))),
  fc.string().map((s) => Buffer.from(s)),
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
  fc.constant(Buffer.alloc(0)),
);
const session = fc.oneof(
  fc.constant(OWNER_SESSION),
  fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/),
  headerText(20),
  fc.constant(undefined),
);
const goodHost = () => `127.0.0.1:${door.port}`;
const host = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('good', 'localhost') },
  { weight: 1, arbitrary: fc.constantFrom('evil.example', '127.0.0.1', 'localhost:1', '', '[::1]') },
);

function build(r: {
  method: string;
  path: string;
  host: string;
  token?: string;
  session?: string;
  body: Buffer;
}) {
  const hostValue =
    r.host === 'good' ? goodHost() : r.host === 'localhost' ? `localhost:${door.port}` : r.host;
  const lines = [`${r.method} ${r.path} HTTP/1.1`, `Host: ${hostValue}`, 'Connection: close'];
  if (r.token !== undefined) lines.push(`${TOKEN_HEADER}: ${r.token}`);
  if (r.session !== undefined) lines.push(`${SESSION_HEADER}: ${r.session.replace(/[\r\n]/g, '')}`);
  lines.push('Content-Type: application/json', `Content-Length: ${r.body.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), r.body]);
}

const seen = new Map<string, number>();
function expectSound(answer: RawAnswer) {
  const code =
    /"code":"([A-Z_]+)"/.exec(answer.body)?.[1] ?? (answer.body.includes('"ok":true') ? 'ok' : '-');
  const key = `${answer.status} ${code}`;
  seen.set(key, (seen.get(key) ?? 0) + 1);
  expect(answer.status).toBeGreaterThanOrEqual(200);
  expect(answer.status).toBeLessThan(500);
  expect(answer.body).not.toContain('"INTERNAL"');
}

function tableCounts(): Record<string, number> {
  const db = new Database(store.dbPath, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
    );
  } finally {
    db.close();
  }
}

describe('web door fuzz', () => {
  it('turns away 1,500 requests without the token (or from a foreign Host) in words, writing nothing', async () => {
    const employees = await store.host.router.call(OWNER_SESSION, 'auth.employees', {});
    const owner = (employees.ok ? (employees.value as { id: number; name: string }[]) : []).find(
      (e) => e.name === 'Olive Owner',
    );
    await store.host.router.call(`web-${OWNER_SESSION}`, 'auth.signIn', {
      employeeId: owner?.id,
      pin: '1111',
    });
    const before = tableCounts();
    expect(Object.keys(before).length).toBeGreaterThan(5);
    const token = fc.oneof(fc.constant(undefined), fc.constant(`${'k'.repeat(31)}x`), headerText(40));
    const turnedAway = fc
      .record({ method, path, host, token, session, body })
      .map((r) => ({ ...r, token: r.token?.replace(/[\r\n]/g, '') }));
    // With the right token, only from a foreign Host.
    const foreign = fc.record({
      method,
      path,
      host: fc.constantFrom('evil.example', `evil.example:1`, '127.0.0.1'),
      token: fc.constant(TOKEN),
      session,
      body,
    });
    // A walkout the owner could log, so a door that let one of these through would add rows.
    const wouldWrite = fc.record({
      method: fc.constant('POST'),
      path: fc.constant('/rpc/walkouts.create'),
      host: fc.constant('good'),
      token,
      session: fc.constant(OWNER_SESSION),
      body: fc.integer({ min: 1000, max: 9999 }).map((n) =>
        Buffer.from(
          JSON.stringify({
            prospect: { firstName: 'Fuzz', lastName: 'Test', phone: `312555${n}`, email: '' },
            product: 'Kubota BX2380 tractor',
            category: 'Tractors',
            priceQuotedCents: 1_899_900,
            closeness: 4,
            objection: 'price',
          }),
        ),
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: turnedAway }, foreign, wouldWrite), async (r) => {
        const answer = await raw(build(r));
        expectSound(answer);
        if (r.path.startsWith('/rpc/') || r.path.startsWith('/download/')) {
          expect(answer.status).toBeGreaterThanOrEqual(400);
        }
      }),
      { numRuns: 1_500 },
    );
    expect(tableCounts()).toEqual(before);
  }, 60_000);

  it('answers 1,000 random requests with the token without a 5xx or INTERNAL', async () => {
    // Half reach the router: a contract channel, the owner's session, JSON (an empty object included).
    const deep = fc.record({
      method: fc.constant('POST'),
      path: fc.constantFrom(...channels).map((c) => `/rpc/${c}`),
      host: fc.constant('good'),
      session: fc.oneof(fc.constant(OWNER_SESSION), session),
      body: fc.oneof(
        fc.constant(Buffer.from('{}')),
        fc.object().map((o) => Buffer.from(JSON.stringify(o))),
        fc.json().map((j) => Buffer.from(j)),
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.record({ method, path, host, session, body }), deep), async (r) => {
        expectSound(await raw(build({ ...r, token: TOKEN })));
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});

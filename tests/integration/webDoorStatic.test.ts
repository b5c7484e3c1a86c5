// The web door's static files: compressed as the browser allows (brotli, gzip, none), Vary on every
// compressible answer, hashed assets cached for a year and index.html revalidated, HEAD without a body.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, IMMUTABLE } from '../../electron/http/staticFiles';
import { startWebDoor, type WebDoor } from '../../electron/http/webDoor';
import type { Router } from '../../electron/services/boot.types';

// Static files never reach the router: one that refuses everything keeps the test about files.
const router: Router = {
  call: async () => ({ ok: false, error: { code: 'NOT_ALLOWED', message: 'no' } }),
};
const SCRIPT = `export const counter = ${JSON.stringify('walkout '.repeat(4000))};\n`;
const INDEX = `<!doctype html><title>BeBack</title>${'<!-- padding -->'.repeat(60)}`;
let dir: string;
let door: WebDoor;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'beback-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-BHTAe-XJ.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'logo.png'), Buffer.alloc(2048, 7));
  writeFileSync(join(dir, 'notes.js'), SCRIPT);
  door = await startWebDoor({ router, token: 't'.repeat(32), staticDir: dir, port: 0 });
});
afterAll(async () => {
  await door?.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((ok, fail) => {
    const req = httpRequest({
      agent: false,
      host: '127.0.0.1',
      port: door.port,
      method,
      path,
      headers: { host: `127.0.0.1:${door.port}`, ...headers },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('web door: compressed static files', () => {
  it('sends brotli when the browser accepts it, and says it varies by Accept-Encoding', async () => {
    const r = await get('/assets/index-BHTAe-XJ.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(r.body).toString('utf8')).toBe(SCRIPT);
  });

  it('sends gzip to a browser without brotli, or with brotli refused by q=0', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.8']) {
      const r = await get('/assets/index-BHTAe-XJ.js', { 'accept-encoding': accept });
      expect(r.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(r.body).toString('utf8')).toBe(SCRIPT);
    }
  });

  it('sends the file as it is when nothing is accepted, still with Vary', async () => {
    const refusals: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'br;q=0, gzip;q=0' },
    ];
    for (const headers of refusals) {
      const r = await get('/assets/index-BHTAe-XJ.js', headers);
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.headers.vary).toBe('Accept-Encoding');
      expect(r.body.toString('utf8')).toBe(SCRIPT);
    }
  });

  it('never compresses an image again', async () => {
    const r = await get('/assets/logo.png', { 'accept-encoding': 'br, gzip' });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers.vary).toBeUndefined();
    expect(r.body.length).toBe(2048);
  });

  it('answers HEAD with the headers of the compressed file and no body', async () => {
    const r = await get('/assets/index-BHTAe-XJ.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(r.headers['content-encoding']).toBe('br');
    expect(Number(r.headers['content-length'])).toBeGreaterThan(0);
    expect(r.body.length).toBe(0);
  });

  it('reads Accept-Encoding as a browser writes it', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('BR;q=0.1, gzip;q=1')).toBe('br');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('deflate')).toBe('identity');
    expect(chooseEncoding(undefined)).toBe('identity');
  });
});

describe('web door: cache headers', () => {
  it('caches a hashed file under assets/ for a year, immutable', async () => {
    const r = await get('/assets/index-BHTAe-XJ.js');
    expect(r.headers['cache-control']).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates index.html, and an address the renderer routes, on every load', async () => {
    for (const path of ['/', '/index.html', '/log']) {
      const r = await get(path, { 'accept-encoding': 'gzip' });
      expect(r.headers['cache-control'], path).toBe('no-cache');
      expect(gunzipSync(r.body).toString('utf8')).toBe(INDEX);
      expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    }
  });

  it('does not cache for long a file without a hash, or one outside assets/', async () => {
    expect((await get('/assets/logo.png')).headers['cache-control']).toBe('no-cache');
    expect((await get('/notes.js')).headers['cache-control']).toBe('no-cache');
  });
});

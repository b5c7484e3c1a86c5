// The web door's static files (the built renderer): compressed for the browser that accepts it (brotli,
// else gzip), hashed files under assets/ cached for a year, index.html revalidated on every load.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);
/** Below this a compressed answer saves less than its headers cost. */
const MIN_COMPRESS_BYTES = 512;
/** Vite's output names: `name-<8 or more url-safe hash characters>.ext`, under assets/. */
const HASHED = /^assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export type Encoding = 'br' | 'gzip' | 'identity';

const squeeze: Record<Exclude<Encoding, 'identity'>, (b: Buffer) => Promise<Buffer>> = {
  br: (b) =>
    promisify(brotliCompress)(b, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: b.length },
    }),
  gzip: (b) => promisify(gzip)(b, { level: 9 }),
};

/** The best encoding the request's Accept-Encoding allows: brotli, then gzip, else none (q=0 refuses one). */
export function chooseEncoding(accept: string | undefined): Encoding {
  const weights = new Map<string, number>();
  for (const part of (accept ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const allowed = (name: string) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  if (allowed('br')) return 'br';
  if (allowed('gzip')) return 'gzip';
  return 'identity';
}

export interface StaticFiles {
  serve(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    headers: Record<string, string>,
  ): Promise<void>;
}

/** Serves files from `root`; an unknown path gets index.html (the renderer routes by hash). */
export function staticFiles(root: string): StaticFiles {
  /** Compressed copies by file, size and time written: a rebuilt file is compressed again. */
  const compressed = new Map<string, Buffer>();

  async function find(pathname: string): Promise<string | null> {
    const requested = normalize(join(root, pathname));
    const inside = requested === root || requested.startsWith(root + sep);
    if (inside && (await stat(requested).catch(() => null))?.isFile()) return requested;
    const index = join(root, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }

  async function body(file: string, encoding: Encoding): Promise<Buffer> {
    const raw = await readFile(file);
    if (encoding === 'identity') return raw;
    const info = await stat(file);
    const key = `${encoding}:${file}:${info.size}:${info.mtimeMs}`;
    let packed = compressed.get(key);
    if (!packed) {
      packed = await squeeze[encoding](raw);
      compressed.set(key, packed);
    }
    return packed;
  }

  return {
    async serve(req, res, pathname, headers) {
      const file = await find(pathname);
      if (!file) {
        res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'The renderer is not built. Run "npm run build".' }));
        return;
      }
      const ext = extname(file);
      const name = relative(root, file).split(sep).join('/');
      const size = (await stat(file)).size;
      const compressible = COMPRESSIBLE.has(ext);
      const encoding =
        compressible && size >= MIN_COMPRESS_BYTES
          ? chooseEncoding(req.headers['accept-encoding'])
          : 'identity';
      const content = await body(file, encoding);
      res.writeHead(200, {
        ...headers,
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'content-length': String(content.length),
        'cache-control': HASHED.test(name) ? IMMUTABLE : 'no-cache',
        ...(compressible ? { vary: 'Accept-Encoding' } : {}),
        ...(encoding !== 'identity' ? { 'content-encoding': encoding } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : content);
    },
  };
}

// The renderer's build, as the web door delivers it: raw, gzip and brotli sizes of the JS a staff member
// downloads before the counter is usable (index.html's entry and everything it imports statically) against
// issue 14's 250 KB gzipped budget, and of each chunk loaded later. Reads out/renderer: build first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const OUT = 'out/renderer';
const BUDGET_GZIP_BYTES = 250 * 1024;

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizesOf(file: string): Sizes {
  const raw = readFileSync(file);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`;
const line = (label: string, s: Sizes) =>
  console.log(`  ${label.padEnd(40)} raw ${kb(s.raw)}   gzip ${kb(s.gzip)}   brotli ${kb(s.brotli)}`);
const sum = (all: Sizes[]): Sizes => ({
  raw: all.reduce((n, s) => n + s.raw, 0),
  gzip: all.reduce((n, s) => n + s.gzip, 0),
  brotli: all.reduce((n, s) => n + s.brotli, 0),
});

/** The scripts loaded before anything lazy: index.html's entry and preloads, then their static imports. */
export function initialScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const code = readFileSync(join(outDir, name), 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("./x.js")` is lazy.
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g))
      queue.push(`assets/${m[1]}`);
  }
  return [...seen];
}

export async function bundleBench(): Promise<void> {
  console.log('\n== Renderer bundle (out/renderer) ==');
  if (!existsSync(join(OUT, 'index.html'))) {
    console.log('  not built: run `npm run build` first');
    return;
  }
  const initial = initialScripts(OUT);
  const everyScript = readdirSync(join(OUT, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const lazy = everyScript.filter((f) => !initial.includes(f));
  console.log(' staff, before the counter is usable:');
  const first = initial.map((f) => ({ f, s: sizesOf(join(OUT, f)) }));
  for (const { f, s } of first) line(f, s);
  const total = sum(first.map((x) => x.s));
  line('= initial JS', total);
  const ok = total.gzip <= BUDGET_GZIP_BYTES;
  console.log(`  ${ok ? 'ok' : 'OVER'} (budget ≤ ${BUDGET_GZIP_BYTES / 1024} KB gzipped)`);
  console.log(' loaded when a screen opens:');
  const later = lazy.map((f) => ({ f, s: sizesOf(join(OUT, f)) })).sort((a, b) => b.s.raw - a.s.raw);
  for (const { f, s } of later) line(f, s);
  line('= lazy JS', sum(later.map((x) => x.s)));
  const css = readdirSync(join(OUT, 'assets')).filter((f) => f.endsWith('.css'));
  line('= all CSS', sum(css.map((f) => sizesOf(join(OUT, 'assets', f)))));
}

// Draws build/icon.png (512x512): a teal rounded badge with a white "come back" arrow.
// Dependency-free on purpose (node:zlib only) so the icon can be regenerated anywhere: node build/make-icon.mjs
import { writeFileSync } from 'node:fs';
import * as zlib from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4x4 supersampling gives smooth edges without a vector library
const BADGE = [15, 118, 110]; // teal
const MARK = [255, 255, 255];

function insideBadge(x, y) {
  const margin = 24;
  const radius = 100;
  const dx = Math.max(margin + radius - x, 0, x - (SIZE - margin - radius));
  const dy = Math.max(margin + radius - y, 0, y - (SIZE - margin - radius));
  return dx * dx + dy * dy <= radius * radius;
}

function insideMark(x, y) {
  const [cx, cy, r, half] = [256, 276, 124, 24];
  const d = Math.hypot(x - cx, y - cy);
  const angle = (Math.atan2(y - cy, x - cx) * 180) / Math.PI;
  const onRing = Math.abs(d - r) <= half && !(angle > -90 && angle < -25); // open at the top right
  // Arrowhead at the top of the ring, pointing clockwise (to the right).
  const [tx, ty] = [cx - 8, cy - r];
  const onHead = x >= tx && x <= tx + 72 && Math.abs(y - ty) <= 52 * (1 - (x - tx) / 72);
  return onRing || onHead;
}

function pixels() {
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y += 1) {
    const row = y * (SIZE * 4 + 1); // each row starts with filter byte 0 (none)
    for (let x = 0; x < SIZE; x += 1) {
      let badge = 0;
      let mark = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const px = x + (sx + 0.5) / SAMPLES;
          const py = y + (sy + 0.5) / SAMPLES;
          if (insideBadge(px, py)) {
            badge += 1;
            if (insideMark(px, py)) mark += 1;
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const t = badge === 0 ? 0 : mark / badge; // share of the badge's coverage that is the white mark
      const at = row + 1 + x * 4;
      for (let c = 0; c < 3; c += 1) rows[at + c] = Math.round(BADGE[c] * (1 - t) + MARK[c] * t);
      rows[at + 3] = Math.round((255 * badge) / n);
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

// zlib.crc32 arrived in Node 20.15; the table keeps older Node 20 releases working.
function crc32(bytes) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(bytes);
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(pixels(), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('./icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`wrote ${out.pathname} (${png.length} bytes)`);

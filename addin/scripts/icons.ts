/**
 * Draws the add-in's icons (16, 32, 64 and 80 px PNG, the sizes the manifest asks for) with no
 * image library: a PNG is a signature, an IHDR chunk, zlib-compressed RGBA rows and an IEND
 * chunk, each chunk with its CRC-32. The picture: three rising bars under a target line, in the
 * product's teal. Run `npx tsx addin/scripts/icons.ts` to redraw; the PNGs are committed.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES = [16, 32, 64, 80] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG (8-bit RGBA) from a pixel function giving [r, g, b, a] for (x, y). */
export function png(size: number, pixel: (x: number, y: number) => readonly number[]): Buffer {
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4);
    raw[row] = 0; // filter type: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const TEAL = [0x0f, 0x76, 0x6e, 255];
const WHITE = [255, 255, 255, 255];
const GOLD = [0xf5, 0xb7, 0x00, 255];
const CLEAR = [0, 0, 0, 0];

/** The chitieu icon at `size` pixels: rounded teal square, three white bars, a gold target line. */
export function icon(size: number): Buffer {
  const s = (v: number) => Math.round((v * size) / 16);
  const radius = Math.max(1, s(3));
  return png(size, (x, y) => {
    const dx = Math.max(radius - x, x - (size - 1 - radius), 0);
    const dy = Math.max(radius - y, y - (size - 1 - radius), 0);
    if (dx * dx + dy * dy > radius * radius) return CLEAR;
    const line = s(4);
    if (y >= line && y < line + Math.max(1, s(1)) && x >= s(2) && x < size - s(2)) return GOLD;
    const bars = [
      [s(3), s(5), s(10)],
      [s(7), s(9), s(7)],
      [s(11), s(13), s(5)],
    ];
    for (const [from, to, top] of bars) if (x >= from && x < to && y >= top && y < size - s(3)) return WHITE;
    return TEAL;
  });
}

/** Writes addin/assets/icon-<size>.png for every size. */
export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, icon(size));
    return file;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = writeIcons(join(dirname(fileURLToPath(import.meta.url)), '..', 'assets'));
  console.log(files.join('\n'));
}

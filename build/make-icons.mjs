// Regenerates the app icons from build/icon.svg (run by hand after changing the SVG; the outputs
// are committed so packaging needs no image tools): PNGs per size for Linux, a multi-size .ico for
// Windows, and an .icns for macOS. Rasterises with ImageMagick's `convert`; the .icns container is
// simple enough to write here (a header, then one PNG per OSType).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const svg = join(here, 'icon.svg');
const png = (size, out) => execFileSync('convert', ['-background', 'none', '-density', '384', svg, '-resize', `${size}x${size}`, '-depth', '8', `PNG32:${out}`]);

mkdirSync(join(here, 'icons'), { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) png(size, join(here, 'icons', `${size}x${size}.png`));
png(1024, join(here, 'icon.png'));

execFileSync('convert', [16, 24, 32, 48, 64, 128, 256].map((s) => join(here, 'icons', `${s}x${s}.png`)).concat(join(here, 'icon.ico')));

// ICNS: 'icns' + total length, then entries of OSType + length (header included) + PNG data.
const entries = [
  ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
].map(([type, size]) => {
  const data = readFileSync(join(here, 'icons', `${size}x${size}.png`));
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(data.length + 8, 4);
  return Buffer.concat([head, data]);
});
const body = Buffer.concat(entries);
const head = Buffer.alloc(8);
head.write('icns', 0, 'ascii');
head.writeUInt32BE(body.length + 8, 4);
writeFileSync(join(here, 'icon.icns'), Buffer.concat([head, body]));
console.log('icons written');

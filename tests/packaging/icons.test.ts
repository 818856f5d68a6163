// The icons electron-builder.yml names exist and are what each OS expects: PNGs per size for
// Linux, a multi-size .ico for Windows (256 px included), an .icns for macOS with a 1024 px image.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const builder = readFileSync('electron-builder.yml', 'utf8');

function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('app icons', () => {
  it('names the icon files for each OS', () => {
    expect(builder).toMatch(/linux:[\s\S]*icon: build\/icons\n/);
    expect(builder).toMatch(/mac:[\s\S]*icon: build\/icon\.icns/);
    expect(builder).toMatch(/win:[\s\S]*icon: build\/icon\.ico/);
  });

  it('has square PNGs of every size for Linux, up to 1024 px', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(readFileSync(`build/icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('has a Windows .ico holding sizes from 16 to 256 px', () => {
    const ico = readFileSync('build/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1); // type: icon
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('has a macOS .icns whose entries are PNGs up to 1024 px', () => {
    const icns = readFileSync('build/icon.icns');
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.subarray(at, at + 4).toString('ascii'));
      if (icns.subarray(at, at + 4).toString('ascii') === 'ic10') expect(pngSize(icns.subarray(at + 8)).width).toBe(1024);
    }
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
  });
});

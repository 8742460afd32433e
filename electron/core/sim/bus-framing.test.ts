import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CanFrame, PrintSettings } from './bus-framing';
import { formatFrame, j1850Crc, legacyFrame, segmentIsoTp, sumChecksum } from './bus-framing';

const headersOn: PrintSettings = {
  headers: true,
  spaces: true,
  canAutoFormat: true,
  showDlc: false,
};
const headersOff: PrintSettings = { ...headersOn, headers: false };

/** Our own ISO-TP reassembly, to check segmentation round-trips. */
function reassemble(frames: readonly CanFrame[]): number[] {
  const [first, ...rest] = frames;
  if (first === undefined) return [];
  if (first.kind === 'single') return first.data.slice(1, 1 + (first.data[0] ?? 0));
  const length = ((first.data[0] ?? 0) & 0x0f) * 256 + (first.data[1] ?? 0);
  return [...first.data.slice(2), ...rest.flatMap((f) => f.data.slice(1))].slice(0, length);
}

describe('segmentIsoTp', () => {
  it('makes a padded single frame up to 7 bytes', () => {
    const [frame] = segmentIsoTp('7E8', [0x41, 0x0c, 0x1a, 0xf8], 0x00);
    expect(frame?.data).toEqual([0x04, 0x41, 0x0c, 0x1a, 0xf8, 0, 0, 0]);
    expect(segmentIsoTp('7E8', [0x41, 0x0c, 0x1a, 0xf8], null)[0]?.data).toHaveLength(5);
  });

  it('makes a first frame with the 12-bit length and consecutive frames counting 1…F, 0', () => {
    const message = Array.from({ length: 120 }, (_, i) => i & 0xff);
    const frames = segmentIsoTp('7E8', message, 0xaa);
    expect(frames[0]?.data.slice(0, 2)).toEqual([0x10, 120]);
    expect(frames.slice(1).map((f) => f.data[0])).toEqual([
      0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
      0x20, 0x21,
    ]);
    expect(frames.every((f) => f.data.length === 8)).toBe(true);
  });

  it('round-trips any message length up to 4095 bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 4095 }),
        fc.option(fc.integer({ min: 0, max: 255 })),
        (bytes, padding) => {
          const message = [...bytes];
          expect(reassemble(segmentIsoTp('7E8', message, padding))).toEqual(message);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('formatFrame', () => {
  const vin = [0x49, 0x02, 0x01, ...[...'VF15RBF01G1234567'].map((c) => c.charCodeAt(0))];
  const frames = segmentIsoTp('7E8', vin, 0x00);

  it('prints ISO-TP frames in the CAF headers-off layout with a 0-based line index', () => {
    expect(frames.flatMap((f) => formatFrame(f, headersOff))).toEqual([
      '014',
      '0: 49 02 01 56 46 31 ',
      '1: 35 52 42 46 30 31 47 ',
      '2: 31 32 33 34 35 36 37 ',
    ]);
    expect(frames.flatMap((f) => formatFrame(f, { ...headersOff, spaces: false }))).toEqual([
      '014',
      '0:490201564631',
      '1:35524246303147',
      '2:31323334353637',
    ]);
  });

  it('prints the id, PCI and padding with headers on; the DLC after ATD1', () => {
    const [single] = segmentIsoTp('7E8', [0x41, 0x0d, 0x32], 0x55);
    if (!single) throw new Error('no frame');
    expect(formatFrame(single, headersOn)).toEqual(['7E8 03 41 0D 32 55 55 55 55 ']);
    expect(formatFrame(single, { ...headersOn, showDlc: true })).toEqual([
      '7E8 8 03 41 0D 32 55 55 55 55 ',
    ]);
    expect(formatFrame(single, headersOff)).toEqual(['41 0D 32 ']);
    expect(formatFrame(single, { ...headersOff, canAutoFormat: false })).toEqual([
      '03 41 0D 32 55 55 55 55 ',
    ]);
  });

  it('prints a 29-bit id as four bytes', () => {
    const [single] = segmentIsoTp('18DAF110', [0x41, 0x0d, 0x32], null);
    if (!single) throw new Error('no frame');
    expect(formatFrame(single, headersOn)).toEqual(['18 DA F1 10 03 41 0D 32 ']);
    expect(formatFrame(single, { ...headersOn, spaces: false })).toEqual(['18DAF11003410D32']);
  });

  it('prints legacy frames with header and checksum only when headers are on', () => {
    const kwp = legacyFrame('kwp', '5', 0x10, [0x41, 0x0d, 0x32]);
    expect(formatFrame(kwp, headersOn)).toEqual(['83 F1 10 41 0D 32 04 ']);
    expect(formatFrame(kwp, headersOff)).toEqual(['41 0D 32 ']);
    const iso9141 = legacyFrame('iso9141', '3', 0x10, [0x41, 0x0d, 0x32]);
    expect(formatFrame(iso9141, headersOn)).toEqual(['48 6B 10 41 0D 32 43 ']);
    const pwm = legacyFrame('j1850', '1', 0x10, [0x41, 0x0d, 0x32]);
    expect(pwm.header).toEqual([0x41, 0x6b, 0x10]);
  });
});

describe('checksums', () => {
  it('sums modulo 256 for ISO 9141-2 and KWP2000', () => {
    expect(sumChecksum([0x86, 0xf1, 0x10, 0x41, 0x00, 0xbe, 0x3e, 0xb8, 0x11])).toBe(0x8d);
  });

  it('computes the SAE J1850 CRC of the well-known 68 6A F1 01 00 request', () => {
    expect(j1850Crc([0x68, 0x6a, 0xf1, 0x01, 0x00])).toBe(0x17);
  });
});

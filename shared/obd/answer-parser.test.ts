import { describe, expect, it } from 'vitest';
import { parseElmAnswer } from './answer-parser';
import { j1850Crc, kLineChecksum } from './frames';
import { bytesToHex, hexToBytes } from './hex';

/** Builds a K-line frame with its header and sum checksum, the way the ELM prints it (H1). */
function kLine(hex: string): string {
  const bytes = hexToBytes(hex)!;
  return bytesToHex([...bytes, kLineChecksum(bytes)], ' ');
}

function j1850(hex: string): string {
  const bytes = hexToBytes(hex)!;
  return bytesToHex([...bytes, j1850Crc(bytes)], ' ');
}

describe('parseElmAnswer: CAN forms', () => {
  it('parses 11-bit headers with and without spaces', () => {
    for (const text of ['7E8 04 41 0C 0F A0', '7E804410C0FA0']) {
      const parsed = parseElmAnswer(text, { request: '010C' });
      expect(parsed.error).toBeNull();
      expect(parsed.messages).toEqual([
        { ecu: '7E8', layout: 'can11', bytes: [0x41, 0x0c, 0x0f, 0xa0], legacy: false },
      ]);
    }
  });

  it('parses 29-bit headers with and without spaces', () => {
    for (const text of ['18 DA F1 10 03 41 0D 64', '18DAF11003410D64']) {
      const parsed = parseElmAnswer(text, { request: '010D' });
      expect(parsed.messages).toEqual([
        { ecu: '18DAF110', layout: 'can29', bytes: [0x41, 0x0d, 0x64], legacy: false },
      ]);
    }
  });

  it('parses headers off with and without spaces (ecu null)', () => {
    for (const text of ['41 0C 1A F8', '410C1AF8']) {
      const parsed = parseElmAnswer(text, { request: '010C', protocol: 6 });
      expect(parsed.messages).toEqual([
        { ecu: null, layout: 'plain', bytes: [0x41, 0x0c, 0x1a, 0xf8], legacy: false },
      ]);
    }
  });

  it('trims single-frame padding to the PCI length', () => {
    const parsed = parseElmAnswer('7E8 03 41 0D 32 AA AA AA AA', { request: '010D' });
    expect(parsed.messages[0]?.bytes).toEqual([0x41, 0x0d, 0x32]);
  });

  it('skips status lines before data (SEARCHING..., BUS INIT: ...OK)', () => {
    const parsed = parseElmAnswer('SEARCHING...\r7E8 06 41 00 BE 3E B8 11\r', { request: '0100' });
    expect(parsed.info).toEqual(['SEARCHING...']);
    expect(parsed.messages).toHaveLength(1);
  });

  it('reassembles a multi-frame VIN with padding trimmed to the first-frame length', () => {
    const text =
      '7E8 10 14 49 02 01 57 50 30\r7E8 21 5A 5A 5A 39 39 5A 54\r7E8 22 53 33 39 30 30 30 30';
    const parsed = parseElmAnswer(text, { request: '0902' });
    expect(parsed.messages).toHaveLength(1);
    const bytes = parsed.messages[0]!.bytes;
    expect(bytes).toHaveLength(0x14);
    expect(String.fromCharCode(...bytes.slice(3))).toBe('WP0ZZZ99ZTS390000');
  });

  it('reassembles interleaved frames of two ECUs separately', () => {
    const text = [
      '7E8 10 0A 43 04 01 33 03 00',
      '7E9 10 08 43 03 07 00 07 01',
      '7E8 21 01 71 03 01 00 00 00',
      '7E9 21 07 02 00 00 00 00 00',
    ].join('\r');
    const parsed = parseElmAnswer(text, { request: '03' });
    expect(parsed.failures).toEqual([]);
    expect(parsed.messages.map((m) => [m.ecu, bytesToHex(m.bytes)])).toEqual([
      ['7E8', '4304013303000171030100'.slice(0, 20)],
      ['7E9', '4303070007010702'],
    ]);
  });

  it('handles the consecutive-frame sequence wrap F → 0', () => {
    const length = 7 * 17 + 6; // FF (6 data bytes) + CF 21..2F, 20, 21
    const frames = [`7E8 10 ${bytesToHex([length], '')} 49 04 08 41 42 43`];
    let remaining = length - 6;
    for (let index = 1; remaining > 0; index++) {
      const chunk = Array.from({ length: Math.min(7, remaining) }, () => 0x41);
      remaining -= chunk.length;
      frames.push(`7E8 ${bytesToHex([0x20 | (index & 0x0f), ...chunk], ' ')}`);
    }
    const parsed = parseElmAnswer(frames.join('\r'), { request: '0904' });
    expect(parsed.failures).toEqual([]);
    expect(parsed.messages[0]?.bytes).toHaveLength(length);
  });

  it('rejects out-of-order and missing consecutive frames, keeping other ECUs', () => {
    const outOfOrder =
      '7E8 10 14 49 02 01 57 50 30\r7E8 22 53 33 39 30 30 30 30\r7E8 21 5A 5A 5A 39 39 5A 54';
    const parsed = parseElmAnswer(`${outOfOrder}\r7E9 03 49 02 00`, { request: '0902' });
    expect(parsed.messages.map((m) => m.ecu)).toEqual(['7E9']);
    expect(parsed.failures.map((f) => [f.code, f.ecu])).toContainEqual(['ISO_TP_SEQUENCE', '7E8']);

    const missing = parseElmAnswer('7E8 10 14 49 02 01 57 50 30\r7E8 21 5A 5A 5A 39 39 5A 54', {
      request: '0902',
    });
    expect(missing.messages).toEqual([]);
    expect(missing.error?.code).toBe('ISO_TP_INCOMPLETE');
  });

  it('counts a clone’s duplicated single frame once', () => {
    const parsed = parseElmAnswer('7E8 04 41 15 9C FF\r7E8 04 41 15 9C FF', { request: '0115' });
    expect(parsed.messages).toHaveLength(1);
  });

  it('keeps every ECU’s single-frame answer, tagged', () => {
    const parsed = parseElmAnswer('7E8 06 41 00 BE 3E B8 11\r7E9 06 41 00 98 18 00 01', {
      request: '0100',
    });
    expect(parsed.messages.map((m) => m.ecu)).toEqual(['7E8', '7E9']);
  });

  it('parses the headers-off CAF multi-line form, wrapping the index', () => {
    const text = '014\r0: 49 02 01 56 46 31\r1: 52 46 42 30 30 4B 35\r2: 31 32 33 34 35 36 37';
    const parsed = parseElmAnswer(text, { request: '0902' });
    expect(parsed.messages).toHaveLength(1);
    expect(String.fromCharCode(...parsed.messages[0]!.bytes.slice(3))).toBe('VF1RFB00K51234567');
    const noSpaces = parseElmAnswer('014\r0:490201564631\r1:52464230304B35\r2:31323334353637', {
      request: '0902',
    });
    expect(noSpaces.messages[0]?.bytes).toEqual(parsed.messages[0]?.bytes);
    const gap = parseElmAnswer('014\r0: 49 02 01 56 46 31\r2: 31 32 33 34 35 36 37', {
      request: '0902',
    });
    expect(gap.error?.code).toBe('ISO_TP_SEQUENCE');
  });
});

describe('parseElmAnswer: legacy protocols', () => {
  it('strips ISO 9141-2 / KWP headers and verifies the checksum', () => {
    const parsed = parseElmAnswer(kLine('48 6B 10 41 0C 1A F8'), { request: '010C' });
    expect(parsed.messages).toEqual([
      { ecu: '10', layout: 'legacy', bytes: [0x41, 0x0c, 0x1a, 0xf8], legacy: true },
    ]);
    const kwp = parseElmAnswer(kLine('84 F1 11 41 0D 32'), { request: '010D', protocol: 5 });
    expect(kwp.messages[0]).toMatchObject({ ecu: '11', bytes: [0x41, 0x0d, 0x32] });
  });

  it('accepts a J1850 CRC and rejects a bad checksum', () => {
    const pwm = parseElmAnswer(j1850('41 6B 10 41 0D 32'), { request: '010D', protocol: 1 });
    expect(pwm.messages[0]).toMatchObject({ ecu: '10', bytes: [0x41, 0x0d, 0x32] });
    const bad = parseElmAnswer('48 6B 10 41 0D 32 00', { request: '010D', protocol: 3 });
    expect(bad.error?.code).toBe('CHECKSUM_ERROR');
  });

  it('merges numbered VIN lines (legacy, headers on, any order)', () => {
    const lines = [
      kLine('48 6B 10 49 02 01 00 00 00 56'),
      kLine('48 6B 10 49 02 03 42 30 30 4B'),
      kLine('48 6B 10 49 02 02 46 31 52 46'),
      kLine('48 6B 10 49 02 04 35 31 32 33'),
      kLine('48 6B 10 49 02 05 34 35 36 37'),
    ];
    const parsed = parseElmAnswer(lines.join('\r'), { request: '0902', protocol: 3 });
    expect(parsed.messages).toHaveLength(1);
    expect(parsed.messages[0]?.legacy).toBe(true);
    expect(String.fromCharCode(...parsed.messages[0]!.bytes.slice(5))).toBe('VF1RFB00K51234567');
  });

  it('merges DTC frames without a count byte, per ECU', () => {
    const lines = [
      kLine('48 6B 10 43 01 33 04 20 01 71'),
      kLine('48 6B 10 43 03 00 00 00 00 00'),
      kLine('48 6B 18 43 C1 00 00 00 00 00'),
    ];
    const parsed = parseElmAnswer(lines.join('\r'), { request: '03' });
    expect(parsed.messages.map((m) => [m.ecu, bytesToHex(m.bytes), m.legacy])).toEqual([
      ['10', '43013304200171030000000000', true],
      ['18', '43C10000000000', true],
    ]);
  });
});

describe('parseElmAnswer: more legacy forms', () => {
  it('reads data after BUS INIT: ...OK (KWP, headers on)', () => {
    const parsed = parseElmAnswer(`BUS INIT: ...OK\r${kLine('83 F1 11 41 0D 32')}`, {
      request: '010D',
    });
    expect(parsed.info).toEqual(['BUS INIT: ...OK']);
    expect(parsed.messages[0]).toMatchObject({ ecu: '11', bytes: [0x41, 0x0d, 0x32] });
  });

  it('merges numbered J1850 VIN lines without spaces', () => {
    const lines = [
      j1850('48 6B 10 49 02 01 00 00 00 31'),
      j1850('48 6B 10 49 02 02 47 31 4A 43'),
      j1850('48 6B 10 49 02 03 35 34 34 34'),
      j1850('48 6B 10 49 02 04 52 37 32 35'),
      j1850('48 6B 10 49 02 05 32 33 36 37'),
    ].map((line) => line.replace(/ /g, ''));
    const parsed = parseElmAnswer(lines.join('\r'), { request: '0902', protocol: 2 });
    expect(String.fromCharCode(...parsed.messages[0]!.bytes.slice(5))).toBe('1G1JC5444R7252367');
  });

  it('merges headers-off legacy VIN lines when the protocol is known', () => {
    const text = [
      '49 02 01 00 00 00 31',
      '49 02 02 47 31 4A 43',
      '49 02 03 35 34 34 34',
      '49 02 04 52 37 32 35',
      '49 02 05 32 33 36 37',
    ].join('\r');
    const parsed = parseElmAnswer(text, { request: '0902', protocol: 3 });
    expect(parsed.messages).toHaveLength(1);
    expect(parsed.messages[0]?.legacy).toBe(true);
  });

  it('rejects numbered lines with a gap', () => {
    const text = ['49 02 01 00 00 00 31', '49 02 03 35 34 34 34'].join('\r');
    expect(parseElmAnswer(text, { request: '0902', protocol: 3 }).error?.code).toBe(
      'ISO_TP_SEQUENCE',
    );
  });
});

describe('parseElmAnswer: errors and mismatches', () => {
  const statuses: Array<[string, string]> = [
    ['NO DATA', 'NO_DATA'],
    ['SEARCHING...\rUNABLE TO CONNECT', 'UNABLE_TO_CONNECT'],
    ['BUS INIT: ...ERROR', 'BUS_INIT_ERROR'],
    ['BUS INIT:ERROR', 'BUS_INIT_ERROR'],
    ['?', 'UNKNOWN_COMMAND'],
    ['STOPPED', 'STOPPED'],
    ['CAN ERROR', 'CAN_ERROR'],
    ['BUS ERROR', 'BUS_ERROR'],
    ['BUS BUSY', 'BUS_BUSY'],
    ['FB ERROR', 'FB_ERROR'],
    ['DATA ERROR', 'DATA_ERROR'],
    ['41 0C 0F A0 <DATA ERROR', 'DATA_ERROR'],
    ['<RX ERROR', 'RX_ERROR'],
    ['BUFFER FULL', 'BUFFER_FULL'],
    ['ACT ALERT', 'ACT_ALERT'],
    ['LP ALERT', 'LP_ALERT'],
    ['LV RESET', 'LV_RESET'],
    ['ERR94', 'ADAPTER_INTERNAL_ERROR'],
    ['ELM327 v1.5', 'ADAPTER_RESET'],
    ['', 'NO_DATA'],
  ];
  it.each(statuses)('maps %j to %s', (text, code) => {
    const parsed = parseElmAnswer(text, { request: '010C' });
    expect(parsed.messages).toEqual([]);
    expect(parsed.error?.code).toBe(code);
  });

  it('marks the adapter as reset on LV RESET or a banner', () => {
    expect(parseElmAnswer('LV RESET', { request: '010C' }).adapterReset).toBe(true);
    expect(parseElmAnswer('NO DATA', { request: '010C' }).adapterReset).toBe(false);
  });

  it('types negative responses and waits on 0x78', () => {
    const refused = parseElmAnswer('7E8 03 7F 04 22', { request: '04' });
    expect(refused.negatives).toEqual([
      { ecu: '7E8', service: 4, nrc: 0x22, name: 'conditionsNotCorrect' },
    ]);
    expect(refused.error).toBeNull();
    const pending = parseElmAnswer('7E8 03 7F 09 78', { request: '0902' });
    expect(pending.pendingEcus).toEqual(['7E8']);
    expect(pending.error).toBeNull();
    const done = parseElmAnswer('7E8 03 7F 09 78\r7E8 03 49 0A 01', { request: '090A' });
    expect(done.pendingEcus).toEqual([]);
    expect(done.messages).toHaveLength(1);
  });

  it('never attributes a late answer to the next command', () => {
    const late = parseElmAnswer('7E8 03 41 0D 32', { request: '010C' });
    expect(late.messages).toEqual([]);
    expect(late.error?.code).toBe('UNEXPECTED_RESPONSE');
    const otherService = parseElmAnswer('4300', { request: '010C' });
    expect(otherService.error?.code).toBe('UNEXPECTED_RESPONSE');
    const wrongFrame = parseElmAnswer('7E8 05 42 0C 01 1A F8', { request: '020C00' });
    expect(wrongFrame.error?.code).toBe('UNEXPECTED_RESPONSE');
  });

  it('ignores Bluetooth chatter and strips an echo', () => {
    const parsed = parseElmAnswer('010C\r+CONNECTING<<9C:2\r41 0C 1A F8', { request: '010C' });
    expect(parsed.ignored).toEqual(['+CONNECTING<<9C:2']);
    expect(parsed.messages).toHaveLength(1);
  });

  it('keeps good data when one line carries a DATA ERROR marker', () => {
    const parsed = parseElmAnswer('7E8 04 41 0C 0F A0\r7E9 04 41 0C 00 <DATA ERROR', {
      request: '010C',
    });
    expect(parsed.messages.map((m) => m.ecu)).toEqual(['7E8']);
    expect(parsed.failures.map((f) => f.code)).toContain('DATA_ERROR');
  });
});

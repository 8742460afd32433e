import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeElmText } from './decode-answer';
import { parseElmAnswer } from './answer-parser';
import { PromptFramer } from './prompt-framer';

describe('decodeElmText (novaevo obd decode)', () => {
  it('decodes a single PID with headers', () => {
    const decoded = decodeElmText('7E8 04 41 0C 1A F8\r\r>', { request: '010C' });
    expect(decoded.error).toBeNull();
    expect(decoded.responses).toEqual([
      {
        ecu: '7E8',
        service: '41',
        raw: '41 0C 1A F8',
        values: [{ pid: '0C', name: 'Engine speed', value: 1726, unit: 'rpm' }],
      },
    ]);
  });

  it('decodes a multi-PID answer from two ECUs', () => {
    const decoded = decodeElmText('7E8 05 41 0D 32 05 7B\n7E9 03 41 0D 32', { request: '010D05' });
    expect(decoded.responses.map((r) => [r.ecu, r.values?.map((v) => v.value)])).toEqual([
      ['7E8', [50, 83]],
      ['7E9', [50]],
    ]);
  });

  it('decodes DTCs per ECU, a VIN, a freeze frame and its DTC', () => {
    const dtcs = decodeElmText('7E8 06 43 02 03 01 03 00\r7E9 02 43 00', { request: '03' });
    expect(dtcs.responses.map((r) => [r.ecu, r.dtcs])).toEqual([
      ['7E8', ['P0301', 'P0300']],
      ['7E9', []],
    ]);
    const vin = decodeElmText(
      '014\r0: 49 02 01 56 46 31\r1: 52 46 42 30 30 4B 35\r2: 31 32 33 34 35 36 37',
      { request: '0902' },
    );
    expect(vin.responses[0]).toMatchObject({ ecu: null, vin: 'VF1RFB00K51234567' });
    const frame = decodeElmText('7E8 05 42 0C 00 1A F8', { request: '020C00' });
    expect(frame.responses[0]).toMatchObject({ frame: 0, values: [{ pid: '0C', value: 1726 }] });
    const stored = decodeElmText('7E8 05 42 02 00 03 01', { request: '0202' });
    expect(stored.responses[0]?.dtcs).toEqual(['P0301']);
  });

  it('decodes legacy DTCs without count and headers-off legacy answers with --protocol', () => {
    const decoded = decodeElmText('43 01 33 04 20 00 00\r43 01 71 00 00 00 00', {
      request: '03',
      protocol: 3,
    });
    expect(decoded.responses).toHaveLength(1);
    expect(decoded.responses[0]?.dtcs).toEqual(['P0133', 'P0420', 'P0171']);
  });

  it('returns adapter errors as data with a stable code', () => {
    expect(decodeElmText('NO DATA', { request: '010C' }).error).toEqual({
      code: 'NO_DATA',
      message: expect.stringContaining('NO DATA'),
    });
    expect(decodeElmText('SEARCHING...\\rUNABLE TO CONNECT', { request: '0100' }).error?.code).toBe(
      'UNABLE_TO_CONNECT',
    );
  });

  it('reports negative responses and clear acknowledgements', () => {
    const refused = decodeElmText('7E8 03 7F 04 22\r7E9 01 44', { request: '04' });
    expect(refused.responses).toEqual([
      { ecu: '7E9', service: '44', raw: '44', cleared: true },
      {
        ecu: '7E8',
        service: '7F',
        raw: '7F 04 22',
        negative: { nrc: '22', name: 'conditionsNotCorrect' },
      },
    ]);
  });

  it('decodes mode 06 tests', () => {
    const decoded = decodeElmText('7E8 0A 46 01 80 0A 03 20 00 00 07 D0', { request: '0601' });
    expect(decoded.responses[0]?.monitorTests?.[0]).toMatchObject({
      mid: '01',
      value: 97.6,
      unit: 'mV',
    });
  });
});

const validAnswers = [
  '7E8 10 14 49 02 01 57 50 30\r7E8 21 5A 5A 5A 39 39 5A 54\r7E8 22 53 33 39 30 30 30 30\r',
  'SEARCHING...\r7E8 06 41 00 BE 3E B8 11\r7E9 06 41 00 98 18 00 01\r',
  '014\r0: 49 02 01 56 46 31\r1: 52 46 42 30 30 4B 35\r2: 31 32 33 34 35 36 37\r',
];

describe('parser robustness (properties)', () => {
  const alphabet = fc.constantFrom(...'0123456789ABCDEF :\r\n>?.<SEARCHINGODATL\u0000'.split(''));

  it('never throws on random text or random bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: alphabet, maxLength: 300 }), fc.string({ maxLength: 300 })),
        fc.constantFrom('010C', '0902', '03', '0100', '020C00', '0601', '04'),
        fc.option(fc.integer({ min: 1, max: 12 })),
        (text, request, protocol) => {
          const decoded = decodeElmText(text, {
            request,
            protocol: protocol as Parameters<typeof decodeElmText>[1]['protocol'],
          });
          expect(decoded.error === null || typeof decoded.error.code === 'string').toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the same result whatever the line endings and spacing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...validAnswers),
        fc.constantFrom('\r', '\n', '\r\n', '\r\r'),
        (answer, eol) => {
          const request = answer.includes('49 02') ? '0902' : '0100';
          const reference = parseElmAnswer(answer, { request });
          expect(parseElmAnswer(answer.replace(/\r/g, eol), { request }).messages).toEqual(
            reference.messages,
          );
        },
      ),
    );
  });

  it('finishes in bounded time on long inputs', () => {
    const long = '7E8 21 00 00 00 00 00 00 00\r'.repeat(5000);
    const started = performance.now();
    decodeElmText(long, { request: '0902' });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('framer + parser on split reads (property)', () => {
  it('decodes the same answer whatever the chunk boundaries', () => {
    const stream =
      '7E8 10 14 49 02 01 57 50 30 \r7E8 21 5A 5A 5A 39 39 5A 54 \r\u00007E8 22 53 33 39 30 30 30 30 \r\r>';
    const reference = parseElmAnswer(new PromptFramer().push(stream)[0]!.lines, {
      request: '0902',
    });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: stream.length - 1 }), { maxLength: 10 }),
        (cuts) => {
          const framer = new PromptFramer();
          const answers = [];
          let last = 0;
          for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
            answers.push(...framer.push(stream.slice(last, cut)));
            last = cut;
          }
          answers.push(...framer.push(stream.slice(last)));
          expect(answers).toHaveLength(1);
          expect(parseElmAnswer(answers[0]!.lines, { request: '0902' })).toEqual(reference);
        },
      ),
    );
    expect(String.fromCharCode(...reference.messages[0]!.bytes.slice(3))).toBe('WP0ZZZ99ZTS390000');
  });
});

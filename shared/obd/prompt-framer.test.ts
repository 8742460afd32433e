import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PromptFramer, splitAnswerLines, stripEcho } from './prompt-framer';

describe('PromptFramer', () => {
  it('emits an answer only at the prompt, whatever the chunk split', () => {
    const framer = new PromptFramer();
    expect(framer.push('41 0D')).toEqual([]);
    expect(framer.push(' 32 \r')).toEqual([]);
    const [answer] = framer.push('\r>');
    expect(answer?.lines).toEqual(['41 0D 32']);
  });

  it('accepts CRLF, NUL bytes and the stray 0xFC of a power-up', () => {
    const framer = new PromptFramer();
    const answers = framer.push(
      new Uint8Array([0x00, 0x34, 0x31, 0x00, 0x0d, 0x0a, 0xfc, 0x0d, 0x3e]),
    );
    expect(answers).toHaveLength(1);
    expect(answers[0]?.lines).toEqual(['41']);
  });

  it('drops the echo of the command when ATE0 was ignored', () => {
    const framer = new PromptFramer();
    framer.expectAnswerTo('010D');
    const [answer] = framer.push('010D\r41 0D 32 \r\r>');
    expect(answer).toMatchObject({ lines: ['41 0D 32'], echoed: true, unexpectedReset: false });
  });

  it('flags a spontaneous banner (brown-out) but not the banner ATZ asked for', () => {
    const framer = new PromptFramer();
    framer.expectAnswerTo('010C');
    expect(framer.push('\r\rELM327 v1.5\r\r>')[0]?.unexpectedReset).toBe(true);
    framer.expectAnswerTo('ATZ');
    expect(framer.push('ATZ\r\r\rELM327 v1.5\r\r>')[0]).toMatchObject({
      lines: ['ELM327 v1.5'],
      unexpectedReset: false,
      echoed: true,
    });
    framer.expectAnswerTo('0100');
    expect(framer.push('LV RESET\r>')[0]?.unexpectedReset).toBe(true);
  });

  it('emits several answers from one chunk and keeps the remainder', () => {
    const framer = new PromptFramer();
    const answers = framer.push('OK\r\r>41 0C 1A F8\r\r>7E8 0');
    expect(answers.map((a) => a.lines)).toEqual([['OK'], ['41 0C 1A F8']]);
    expect(framer.pending()).toBe('7E8 0');
  });

  it('reassembles random splits identically (property)', () => {
    const transcript =
      'SEARCHING...\r7E8 10 14 49 02 01 57 50 30\r7E8 21 5A 5A 5A 39 39 5A 54\r\r>OK\r>';
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: transcript.length }), { maxLength: 12 }),
        (cuts) => {
          const points = [...new Set(cuts)].sort((a, b) => a - b);
          const framer = new PromptFramer();
          const got = [];
          let last = 0;
          for (const point of [...points, transcript.length]) {
            got.push(...framer.push(transcript.slice(last, point)));
            last = point;
          }
          const whole = new PromptFramer().push(transcript);
          expect(got).toEqual(whole);
        },
      ),
    );
  });

  it('never throws and never keeps more than its bound on random bytes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 20 }), (chunks) => {
        const framer = new PromptFramer();
        for (const chunk of chunks) framer.push(chunk);
        expect(framer.pending().length).toBeLessThanOrEqual(65_536);
      }),
    );
  });
});

describe('line helpers', () => {
  it('splits on any mix of CR and LF and drops blank lines', () => {
    expect(splitAnswerLines('\r\n41 0C\r\r\n\n41 0D 00 \r')).toEqual(['41 0C', '41 0D 00']);
  });

  it('compares echoes without spaces or case', () => {
    expect(stripEcho(['01 0c', '41 0C 00 00'], '010C')).toEqual({
      lines: ['41 0C 00 00'],
      echoed: true,
    });
    expect(stripEcho(['41 0C 00 00'], '010C').echoed).toBe(false);
  });
});

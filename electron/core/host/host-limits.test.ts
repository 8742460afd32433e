import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { statusOf, useTestHosts } from './host-test-kit';

const start = useTestHosts();

/** An upload that sends its headers and part of its body, then waits: it holds its reservation. */
function stalledUpload(port: number, token: string, length: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.write(
    `POST /api/customers.create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
      `x-novaevo-token: ${token}\r\ncontent-type: application/json\r\n` +
      `content-length: ${length}\r\n\r\n{"kind":"person","lastName":"`,
  );
  return {
    /** Sends the rest of the body and resolves with the whole answer. */
    finish: async (): Promise<string> => {
      const sent = '{"kind":"person","lastName":"'.length;
      socket.end(`${'x'.repeat(length - sent - 2)}"}`);
      await closed;
      return received;
    },
    answer: async (): Promise<string> => {
      await closed;
      return received;
    },
    abort: () => socket.destroy(),
  };
}

describe('browser host: request bodies', () => {
  it('bounds the bodies held at once: uploads beyond the budget get 503 at once', async () => {
    const { host } = await start({ maxBodyBytes: 300_000, maxInFlightBodyBytes: 600_000 });
    const first = stalledUpload(host.port, host.token, 250_000);
    const second = stalledUpload(host.port, host.token, 250_000);
    await expect.poll(() => host.inFlightBodyBytes()).toBe(500_000);
    // Two more uploads in parallel while the first two are held: neither fits.
    const third = stalledUpload(host.port, host.token, 250_000);
    const fourth = stalledUpload(host.port, host.token, 250_000);
    for (const refused of [await third.answer(), await fourth.answer()]) {
      expect(statusOf(refused)).toBe(503);
      expect(refused).toMatch(/retry-after: 2/i);
      expect(refused).toContain('"BUSY"');
    }
    expect(host.inFlightBodyBytes()).toBe(500_000);
    // The held ones complete (the last name is too long for the schema: 400, but read).
    expect(statusOf(await first.finish())).toBe(400);
    expect(statusOf(await second.finish())).toBe(400);
    await expect.poll(() => host.inFlightBodyBytes()).toBe(0);
  });

  it('refuses a body over the limit from its declared length, before reading it', async () => {
    const { host } = await start({ maxBodyBytes: 100_000 });
    const upload = stalledUpload(host.port, host.token, 100_001);
    const answer = await upload.answer();
    expect(statusOf(answer)).toBe(413);
    expect(answer).toContain('"PAYLOAD_TOO_LARGE"');
    expect(host.inFlightBodyBytes()).toBe(0);
  });

  it('releases the reservation of an upload that is cut off', async () => {
    const { host } = await start({ maxBodyBytes: 300_000, maxInFlightBodyBytes: 300_000 });
    const cut = stalledUpload(host.port, host.token, 250_000);
    await expect.poll(() => host.inFlightBodyBytes()).toBe(250_000);
    cut.abort();
    await expect.poll(() => host.inFlightBodyBytes()).toBe(0);
  });

  it('refuses chunked bodies beyond the limit as they arrive', async () => {
    const { host } = await start({ maxBodyBytes: 10_000 });
    const socket = connect(host.port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    const chunk = 'x'.repeat(8_000);
    socket.write(
      `POST /api/customers.create HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n` +
        `x-novaevo-token: ${host.token}\r\ncontent-type: application/json\r\n` +
        `transfer-encoding: chunked\r\n\r\n` +
        `${chunk.length.toString(16)}\r\n${chunk}\r\n${chunk.length.toString(16)}\r\n${chunk}\r\n0\r\n\r\n`,
    );
    await closed;
    expect(statusOf(received)).toBe(413);
    expect(host.inFlightBodyBytes()).toBe(0);
  });
});

import { connect } from 'node:net';
import { SerialPort } from 'serialport';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './scenario-loader';
import { startSimPty } from './sim-pty';
import { startSimTcpServer } from './sim-tcp-server';

/** Collects what a stream sends until the text ends with the ELM prompt. */
function readUntilPrompt(subscribe: (cb: (chunk: string) => void) => void): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    subscribe((chunk) => {
      text += chunk;
      if (text.endsWith('>')) resolve(text);
    });
  });
}

describe('simulator over TCP', () => {
  it('answers like a Wi-Fi adapter and drops the connection when unplugged', async () => {
    const server = await startSimTcpServer({ scenario: loadScenario('two-ecus'), port: 0 });
    try {
      const socket = connect(server.port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      let received = '';
      const listeners: ((chunk: string) => void)[] = [];
      socket.on('data', (data) => {
        received += data.toString('latin1');
        for (const listener of listeners) listener(data.toString('latin1'));
      });
      const ask = async (command: string): Promise<string> => {
        received = '';
        listeners.length = 0;
        const answer = readUntilPrompt((cb) => listeners.push(() => cb(received)));
        socket.write(`${command}\r`);
        const text = await answer;
        return text.slice(text.lastIndexOf(received));
      };
      expect(await ask('ATZ')).toBe('ATZ\r\r\rELM327 v1.5\r\r>');
      expect(await ask('ATE0')).toBe('ATE0\rOK\r\r>');
      await ask('ATH1');
      expect(await ask('0100')).toBe(
        'SEARCHING...\r7E8 06 41 00 BE 3F B8 13 AA \r7E9 06 41 00 88 18 00 10 55 \r\r>',
      );
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      server.adapter.unplug();
      await closed;
    } finally {
      await server.close();
    }
  });
});

describe('simulator over a socat pty', () => {
  it('is reachable with serialport at 38400 baud and answers ATZ with its banner', async () => {
    const sim = await startSimPty({ scenario: loadScenario('healthy-petrol'), baudRate: 38_400 });
    const port = new SerialPort({ path: sim.appPath, baudRate: 38_400, autoOpen: false });
    try {
      await new Promise<void>((resolve, reject) =>
        port.open((error) => (error ? reject(error) : resolve())),
      );
      let text = '';
      const answer = readUntilPrompt((cb) =>
        port.on('data', (data: Buffer) => {
          text += data.toString('latin1');
          cb(text);
        }),
      );
      port.write('ATZ\r');
      expect(await answer).toBe('ATZ\r\r\rELM327 v1.5\r\r>');
      expect(text).toContain('ELM327 v1.5');
    } finally {
      if (port.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
      await sim.close();
    }
  });

  it('paces answers with the latency model and serves a VIN read', async () => {
    const sim = await startSimPty({
      scenario: loadScenario('healthy-petrol'),
      baudRate: 38_400,
      latency: { jitterMs: 0, resetMs: 30 },
    });
    const port = new SerialPort({ path: sim.appPath, baudRate: 38_400, autoOpen: false });
    try {
      await new Promise<void>((resolve, reject) =>
        port.open((error) => (error ? reject(error) : resolve())),
      );
      let text = '';
      port.on('data', (data: Buffer) => (text += data.toString('latin1')));
      const ask = async (command: string): Promise<string> => {
        text = '';
        port.write(`${command}\r`);
        while (!text.endsWith('>')) await new Promise((resolve) => setTimeout(resolve, 2));
        return text;
      };
      await ask('ATZ');
      await ask('ATE0');
      expect(await ask('0100')).toBe('SEARCHING...\r41 00 BE 3F B8 13 \r\r>');
      expect(await ask('0902')).toBe(
        '014\r0: 49 02 01 56 46 31 \r1: 35 52 42 46 30 31 47 \r2: 31 32 33 34 35 36 37 \r\r>',
      );
    } finally {
      if (port.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
      await sim.close();
    }
  });
});

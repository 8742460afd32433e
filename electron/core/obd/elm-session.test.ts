import { afterEach, describe, expect, it } from 'vitest';
import { ObdError } from '@shared/obd/obd-error';
import { MemoryCapabilityStore } from './capability-store';
import { ElmSession } from './elm-session';
import type { SessionState } from './elm-session';
import { FakeElmTransport, healthyCar } from './fake-elm.test-support';
import type { FakeReply } from './fake-elm.test-support';

const sessions: ElmSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

function sessionOver(
  reply: (command: string, index: number) => FakeReply,
  options: Partial<ConstructorParameters<typeof ElmSession>[0]> = {},
): { session: ElmSession; transports: FakeElmTransport[] } {
  const transports: FakeElmTransport[] = [];
  const session = new ElmSession({
    transportFactory: () => {
      const transport = new FakeElmTransport(reply);
      transports.push(transport);
      return transport;
    },
    timeouts: { at: 150, reset: 150, can: 150, search: 300, legacy: 150 },
    reconnect: { enabled: false },
    ...options,
  });
  sessions.push(session);
  return { session, transports };
}

describe('ElmSession initialisation', () => {
  it('runs the init sequence and reports adapter, protocol, voltage, ECUs', async () => {
    const { session, transports } = sessionOver(healthyCar());
    const info = await session.connect();
    expect(transports[0]!.commands.slice(0, 9)).toEqual([
      'ATZ',
      'ATE0',
      'ATL0',
      'ATS0',
      'ATH1',
      'ATAT1',
      'ATSP0',
      '0100',
      'ATDPN',
    ]);
    expect(transports[0]!.commands).toEqual(
      expect.arrayContaining(['ATI', 'STI', 'ATRV', '01001', '010C0D', 'ATH0']),
    );
    expect(info).toMatchObject({
      identity: 'ELM327 v1.5',
      stnIdentity: null,
      protocol: 6,
      voltage: 12.6,
      ecus: ['7E8'],
      headers: false,
      responseCountHint: true,
      multiPid: true,
    });
    expect(session.state).toBe('ready');
    expect(transports[0]!.violations).toBe(0);
    expect(transports[0]!.bareCarriageReturns).toBe(0);
  });

  it('keeps headers on when several ECUs answer, and tags every answer', async () => {
    const { session, transports } = sessionOver(
      healthyCar({
        '0100': '7E8064100BE3EB811\r7E906410098180001',
        '010D': '7E803410D32\r7E903410D32',
      }),
    );
    const info = await session.connect();
    expect(info.headers).toBe(true);
    expect(info.ecus).toEqual(['7E8', '7E9']);
    expect(transports[0]!.commands).not.toContain('ATH0');
    const parsed = await session.request('010D');
    expect(parsed.messages.map((m) => m.ecu)).toEqual(['7E8', '7E9']);
  });

  it('tags headers-off answers with the only ECU', async () => {
    const { session } = sessionOver(healthyCar({ '010D': '410D32' }));
    await session.connect();
    const parsed = await session.request('010D');
    expect(parsed.messages[0]?.ecu).toBe('7E8');
  });

  it('reports no-vehicle when the search finds no bus', async () => {
    const { session } = sessionOver(
      healthyCar({
        '0100': 'SEARCHING...\rUNABLE TO CONNECT',
        '010C': 'SEARCHING...\rUNABLE TO CONNECT',
        ATDPN: 'A0',
      }),
    );
    const states: SessionState[] = [];
    session.onStateChange((state) => states.push(state));
    const info = await session.connect();
    expect(info.protocol).toBeNull();
    expect(session.state).toBe('no-vehicle');
    expect(states).toEqual(['connecting', 'initializing', 'no-vehicle']);
    const parsed = await session.request('010C');
    expect(parsed.error?.code).toBe('UNABLE_TO_CONNECT');
  });

  it('remembers probed capabilities per adapter and honours user overrides', async () => {
    const store = new MemoryCapabilityStore({ 'fake:elm': { disabledCommands: ['ATAT1'] } });
    const first = sessionOver(healthyCar({ '01001': '?' }), { capabilityStore: store });
    const info = await first.session.connect();
    expect(info.responseCountHint).toBe(false);
    expect(first.transports[0]!.commands).not.toContain('ATAT1');
    expect(store.load('fake:elm')).toMatchObject({
      responseCountHint: false,
      multiPid: true,
      identity: 'ELM327 v1.5',
    });
    const second = sessionOver(healthyCar(), { capabilityStore: store });
    await second.session.connect();
    // Probed once per adapter: the second session does not probe again.
    expect(second.transports[0]!.commands).not.toContain('01001');
    expect(second.transports[0]!.commands).not.toContain('010C0D');
  });

  it('uses a remembered protocol with ATSP A<n>', async () => {
    const { session, transports } = sessionOver(healthyCar(), { protocolHint: 6 });
    await session.connect();
    expect(transports[0]!.commands).toContain('ATSPA6');
  });

  it('strips echoes when the adapter ignores ATE0', async () => {
    const echoing = (command: string): FakeReply => {
      const answer = healthyCar()(command);
      return answer === null
        ? null
        : `${command}\r${typeof answer === 'string' ? answer : answer.text}`;
    };
    const { session } = sessionOver(echoing);
    const info = await session.connect();
    expect(info.protocol).toBe(6);
    const parsed = await session.request('010C');
    expect(parsed.messages[0]?.bytes).toEqual([0x41, 0x0c, 0x1a, 0xf8]);
  });
});

describe('ElmSession command flow', () => {
  it('sends one command at a time and user requests before polling', async () => {
    const { session, transports } = sessionOver(
      healthyCar({
        '010D': { text: '7E803410D32', delayMs: 30 },
        '010C': { text: '7E804410C1AF8', delayMs: 30 },
      }),
    );
    await session.connect();
    const transport = transports[0]!;
    const before = transport.commands.length;
    const polls = [
      session.request('010D', { priority: 'poll' }),
      session.request('010D', { priority: 'poll' }),
    ];
    const user = session.request('03', { priority: 'user' });
    await Promise.all([...polls, user]);
    expect(transport.commands.slice(before)).toEqual(['010D', '03', '010D']);
    expect(transport.violations).toBe(0);
  });

  it('refuses empty commands and bare CRs', async () => {
    const { session } = sessionOver(healthyCar());
    await session.connect();
    await expect(session.send('')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(session.send('\r')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('times out, resynchronises with ATI and drops the late answer', async () => {
    const { session, transports } = sessionOver(
      healthyCar({
        '010C': null,
      }),
    );
    await session.connect();
    const transport = transports[0]!;
    const pending = session.request('010C');
    await expect(pending).rejects.toMatchObject({ code: 'TIMEOUT' });
    // The late answer to 010C arrives during resynchronisation and must not reach 010D.
    transport.emit('7E804410C1AF8\r\r>');
    const next = await session.request('010D');
    expect(next.messages[0]?.bytes).toEqual([0x41, 0x0d, 0x32]);
    expect(transport.commands.slice(-2)).toEqual(['ATI', '010D']);
  });

  it('rejects a mismatched answer instead of attributing it', async () => {
    const { session } = sessionOver(healthyCar({ '010C': '7E803410D32' }));
    await session.connect();
    const parsed = await session.request('010C');
    expect(parsed.messages).toEqual([]);
    expect(parsed.error?.code).toBe('UNEXPECTED_RESPONSE');
  });

  it('drops the response-count hint for good when the adapter answers ?', async () => {
    const store = new MemoryCapabilityStore();
    const { session, transports } = sessionOver(healthyCar({ '010C1': '?' }), {
      capabilityStore: store,
    });
    await session.connect();
    const parsed = await session.request('010C', { responseCount: 1 });
    expect(parsed.messages).toHaveLength(1);
    expect(transports[0]!.commands.slice(-2)).toEqual(['010C1', '010C']);
    expect(session.info?.responseCountHint).toBe(false);
    expect(store.load('fake:elm')?.responseCountHint).toBe(false);
  });

  it('retries on response pending (0x78) but never repeats mode 04', async () => {
    let pendingOnce = true;
    const { session, transports } = sessionOver((command) => {
      if (command === '0902' && pendingOnce) {
        pendingOnce = false;
        return '7E8037F0978';
      }
      if (command === '0902') return '7E8100A490201414243\r7E82144454647484950';
      if (command === '04') return '7E8037F0478';
      return healthyCar()(command);
    });
    await session.connect();
    const vin = await session.request('0902');
    expect(vin.messages).toHaveLength(1);
    const clear = await session.request('04');
    expect(clear.pendingEcus).toEqual(['7E8']);
    expect(transports[0]!.commands.filter((c) => c === '04')).toHaveLength(1);
  });

  it('re-initialises after a spontaneous banner (brown-out)', async () => {
    const { session, transports } = sessionOver(healthyCar({ '010D': '\rELM327 v1.5' }));
    await session.connect();
    await expect(session.request('010D')).rejects.toMatchObject({ code: 'ADAPTER_RESET' });
    await waitFor(
      () =>
        session.state === 'ready' &&
        transports[0]!.commands.filter((c) => c === 'ATZ').length === 2,
    );
  });
});

describe('ElmSession link loss', () => {
  it('rejects the operation in flight and queued ones with DISCONNECTED, never hangs', async () => {
    const { session, transports } = sessionOver(healthyCar({ '010C': null }), {
      timeouts: { can: 10_000 },
    });
    await session.connect();
    const inFlight = session.request('010C');
    const queued = session.request('010D');
    transports[0]!.drop();
    await expect(inFlight).rejects.toMatchObject({ code: 'DISCONNECTED' });
    await expect(queued).rejects.toMatchObject({ code: 'DISCONNECTED' });
    expect(session.state).toBe('failed');
    await expect(session.request('010D')).rejects.toBeInstanceOf(ObdError);
  });

  it('reconnects with back-off and initialises again', async () => {
    let opens = 0;
    const transports: FakeElmTransport[] = [];
    const session = new ElmSession({
      transportFactory: () => {
        opens++;
        const transport = new FakeElmTransport(healthyCar());
        if (opens === 2) transport.open = () => Promise.reject(new Error('port busy'));
        transports.push(transport);
        return transport;
      },
      timeouts: { at: 150, reset: 150, can: 150, search: 300 },
      reconnect: { enabled: true, initialDelayMs: 10, maxDelayMs: 40, maxAttempts: 5 },
    });
    sessions.push(session);
    const states: SessionState[] = [];
    session.onStateChange((state) => states.push(state));
    await session.connect();
    transports[0]!.drop();
    await waitFor(() => session.state === 'ready' && opens === 3);
    expect(states).toEqual(expect.arrayContaining(['reconnecting', 'initializing', 'ready']));
    expect(transports[2]!.commands[0]).toBe('ATZ');
    const parsed = await session.request('010D');
    expect(parsed.messages).toHaveLength(1);
  });

  it('treats repeated timeouts as a stalled link', async () => {
    let stalled = false;
    const car = healthyCar({ '010C': null });
    const { session } = sessionOver((command) => (stalled ? null : car(command)), {
      stallAfterTimeouts: 2,
    });
    await session.connect();
    stalled = true;
    await expect(session.request('010C')).rejects.toMatchObject({ code: 'TIMEOUT' });
    await waitFor(() => session.state === 'failed');
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

import { describe, expect, it } from 'vitest';
import { loadScenario } from './scenario-loader';
import type { SimScenario } from './scenario-schema';
import { SimulatedAdapter } from './simulated-adapter';

/** A synchronous session (latency off): `send` returns everything printed for one command. */
function session(scenario: SimScenario | string, clockMs = 0) {
  let now = clockMs;
  const adapter = new SimulatedAdapter(
    typeof scenario === 'string' ? loadScenario(scenario) : scenario,
    { clock: () => now },
  );
  let output = '';
  adapter.onOutput((text) => (output += text));
  const send = (command: string): string => {
    output = '';
    adapter.receive(`${command}\r`);
    return output;
  };
  const advance = (ms: number): void => {
    now += ms;
  };
  return { adapter, send, advance };
}

/** Echo off and the protocol found, so later answers carry no echo and no SEARCHING. */
function ready(name: string, ...settings: string[]) {
  const s = session(name);
  s.send('ATE0');
  for (const setting of settings) s.send(setting);
  s.send('0100');
  return s;
}

describe('SimulatedAdapter: AT commands', () => {
  it('answers ATZ with echo and the banner, then echo stays on until ATE0', () => {
    const { send } = session('healthy-petrol');
    expect(send('ATZ')).toBe('ATZ\r\r\rELM327 v1.5\r\r>');
    expect(send('ATI')).toBe('ATI\rELM327 v1.5\r\r>');
    expect(send('ATE0')).toBe('ATE0\rOK\r\r>');
    expect(send('ATI')).toBe('ELM327 v1.5\r\r>');
    expect(send('AT@1')).toBe('OBDII to RS232 Interpreter\r\r>');
  });

  it('ignores case and spaces, answers ? to unknown commands and to STN commands on an ELM', () => {
    const { send } = session('healthy-petrol');
    send('ATE0');
    expect(send('at sp 6')).toBe('OK\r\r>');
    expect(send('ATXYZ')).toBe('?\r\r>');
    expect(send('STI')).toBe('?\r\r>');
    expect(send('XYZ')).toBe('?\r\r>');
  });

  it('uses CR LF pairs after ATL1', () => {
    const { send } = session('healthy-petrol');
    send('ATE0');
    expect(send('ATL1')).toBe('OK\r\n\r\n>');
    expect(send('ATRV')).toBe('14.1V\r\n\r\n>');
  });

  it('reports the battery voltage: charging with the engine running, resting otherwise', () => {
    const { send, adapter } = session('healthy-petrol');
    send('ATE0');
    expect(send('ATRV')).toBe('14.1V\r\r>');
    adapter.setEngineRunning(false);
    expect(send('ATRV')).toBe('12.6V\r\r>');
    expect(send('ATIGN')).toBe('ON\r\r>');
  });

  it('describes the protocol before and after the automatic search', () => {
    const { send } = session('healthy-petrol');
    send('ATE0');
    expect(send('ATDP')).toBe('AUTO\r\r>');
    expect(send('ATDPN')).toBe('A0\r\r>');
    send('0100');
    expect(send('ATDP')).toBe('AUTO, ISO 15765-4 (CAN 11/500)\r\r>');
    expect(send('ATDPN')).toBe('A6\r\r>');
    send('ATSP6');
    expect(send('ATDPN')).toBe('6\r\r>');
    expect(send('ATDP')).toBe('ISO 15765-4 (CAN 11/500)\r\r>');
  });

  it('accepts the timing and formatting settings an init sequence sends', () => {
    const { send } = session('healthy-petrol');
    send('ATE0');
    for (const command of [
      'ATAT0',
      'ATAT1',
      'ATAT2',
      'ATST19',
      'ATCAF1',
      'ATPC',
      'ATM0',
      'ATH1',
      'ATS0',
    ]) {
      expect(send(command)).toBe('OK\r\r>');
    }
    // ATD restores the defaults, echo included.
    expect(send('ATD')).toBe('OK\r\r>');
    expect(send('ATI')).toBe('ATI\rELM327 v1.5\r\r>');
  });

  it('answers STI and STDI on an STN chip', () => {
    const { send } = session('can29');
    send('ATE0');
    expect(send('STI')).toBe('STN1110 v4.2.1\r\r>');
    expect(send('STDI')).toBe('OBDLink SX r4.2\r\r>');
    expect(send('ATI')).toBe('ELM327 v1.4b\r\r>');
  });

  it('repeats the last command on a bare CR', () => {
    const { send } = ready('healthy-petrol');
    expect(send('010D')).toBe('41 0D 00 \r\r>');
    expect(send('')).toBe('41 0D 00 \r\r>');
  });

  it('accumulates partial writes until CR and ignores LF and NUL', () => {
    const { adapter } = session('healthy-petrol');
    let output = '';
    adapter.onOutput((text) => (output += text));
    adapter.receive('AT');
    adapter.receive('\0E');
    expect(output).toBe('');
    adapter.receive('0\r\n');
    expect(output).toBe('ATE0\rOK\r\r>');
  });

  it('ATZ restores every default (echo, headers, spaces) and forgets the protocol found', () => {
    const { send } = ready('healthy-petrol', 'ATH1', 'ATS0');
    send('ATZ');
    expect(send('010D')).toBe('010D\rSEARCHING...\r41 0D 00 \r\r>');
  });
});

describe('SimulatedAdapter: protocol search and connection states', () => {
  it('prints SEARCHING... only for the first request after ATSP0', () => {
    const { send } = session('healthy-petrol');
    send('ATE0');
    expect(send('0100')).toBe('SEARCHING...\r41 00 BE 3F B8 13 \r\r>');
    expect(send('0100')).toBe('41 00 BE 3F B8 13 \r\r>');
  });

  it('cannot connect with the ignition off, then finds the car once it is on', () => {
    const { send, adapter } = session('healthy-petrol');
    send('ATE0');
    adapter.setIgnition(false);
    expect(send('0100')).toBe('SEARCHING...\rUNABLE TO CONNECT\r\r>');
    expect(send('ATDPN')).toBe('A0\r\r>');
    expect(send('ATRV')).toBe('12.6V\r\r>');
    adapter.setIgnition(true);
    expect(send('0100')).toBe('SEARCHING...\r41 00 BE 3F B8 13 \r\r>');
  });

  it('prints CAN ERROR when a CAN protocol is forced on a sleeping bus or the wrong bit rate', () => {
    const { send, adapter } = session('healthy-petrol');
    send('ATE0');
    send('ATSP8');
    expect(send('0100')).toBe('CAN ERROR\r\r>');
    send('ATSP6');
    adapter.setIgnition(false);
    expect(send('0100')).toBe('CAN ERROR\r\r>');
  });

  it('answers NO DATA on the right bus with the wrong identifier length', () => {
    const { send } = session('can29');
    send('ATE0');
    send('ATSP6');
    expect(send('0100')).toBe('NO DATA\r\r>');
  });

  it('runs a K-line bus init when the protocol is forced, and fails it with the ignition off', () => {
    const { send, adapter } = session('kwp2000');
    send('ATE0');
    send('ATSP5');
    expect(send('010D')).toBe('BUS INIT: ...OK\r41 0D 00 \r\r>');
    expect(send('010D')).toBe('41 0D 00 \r\r>');
    adapter.setIgnition(false);
    expect(send('010D')).toBe('BUS INIT: ...ERROR\r\r>');
    send('ATSP3');
    adapter.setIgnition(true);
    expect(send('010D')).toBe('BUS INIT: ...ERROR\r\r>');
  });

  it('answers NO DATA for an unsupported PID and ? for malformed requests', () => {
    const { send } = ready('healthy-petrol');
    expect(send('01A6')).toBe('NO DATA\r\r>');
    expect(send('010C0')).toBe('?\r\r>');
    expect(send('01G0')).toBe('?\r\r>');
    expect(send('0102030405060708')).toBe('?\r\r>');
  });

  it('stops answering after unplug and prints its banner when plugged back', () => {
    const { adapter, send } = ready('healthy-petrol');
    let lost = 0;
    adapter.onLinkLost(() => lost++);
    adapter.unplug();
    expect(lost).toBe(1);
    expect(send('ATI')).toBe('');
    let output = '';
    adapter.onOutput((text) => (output += text));
    adapter.plugIn();
    expect(output).toBe('\r\rELM327 v1.5\r\r>');
    expect(send('ATI')).toBe('ATI\rELM327 v1.5\r\r>');
  });
});

describe('SimulatedAdapter: CAN 11-bit answer forms (healthy-petrol)', () => {
  it('prints single frames with and without headers and spaces', () => {
    const { send } = ready('healthy-petrol');
    expect(send('010D')).toBe('41 0D 00 \r\r>');
    send('ATH1');
    // Headers on: the PCI byte and the ECU's 00 padding up to DLC 8.
    expect(send('010D')).toBe('7E8 03 41 0D 00 00 00 00 00 \r\r>');
    send('ATS0');
    expect(send('010D')).toBe('7E803410D0000000000\r\r>');
    send('ATH0');
    expect(send('010D')).toBe('410D00\r\r>');
  });

  it('shows the DLC after ATD1 and raw frames after ATCAF0', () => {
    const { send } = ready('healthy-petrol', 'ATH1');
    send('ATD1');
    expect(send('010D')).toBe('7E8 8 03 41 0D 00 00 00 00 00 \r\r>');
    send('ATD0');
    send('ATH0');
    send('ATCAF0');
    // With CAF off the app writes the PCI itself and sees every byte of the frame.
    expect(send('02010D')).toBe('03 41 0D 00 00 00 00 00 \r\r>');
    expect(send('010D')).toBe('NO DATA\r\r>');
  });

  it('prints the VIN as ISO-TP frames: 014 / 0: / 1: / 2: headers off, PCI bytes headers on', () => {
    const { send } = ready('healthy-petrol');
    expect(send('0902')).toBe(
      '014\r0: 49 02 01 56 46 31 \r1: 35 52 42 46 30 31 47 \r2: 31 32 33 34 35 36 37 \r\r>',
    );
    send('ATS0');
    expect(send('0902')).toBe('014\r0:490201564631\r1:35524246303147\r2:31323334353637\r\r>');
    send('ATS1');
    send('ATH1');
    expect(send('0902')).toBe(
      '7E8 10 14 49 02 01 56 46 31 \r7E8 21 35 52 42 46 30 31 47 \r7E8 22 31 32 33 34 35 36 37 \r\r>',
    );
  });

  it('answers the supported-PID chain 00/20/40 and stops where the ECU does', () => {
    const { send } = ready('healthy-petrol');
    expect(send('0100')).toBe('41 00 BE 3F B8 13 \r\r>');
    expect(send('0120')).toBe('41 20 80 03 A0 11 \r\r>');
    expect(send('0140')).toBe('41 40 7C 8C 80 00 \r\r>');
    expect(send('0160')).toBe('NO DATA\r\r>');
  });

  it('answers up to six PIDs in one request, in one multi-frame message', () => {
    const { send } = ready('healthy-petrol');
    expect(send('010D05')).toBe('41 0D 00 05 3E \r\r>');
    expect(send('010C0D050B0F11')).toMatch(
      /^00E\r0: 41 0C [0-9A-F]{2} [0-9A-F]{2} 0D 00 \r1: 05 3E 0B [0-9A-F]{2} 0F [0-9A-F]{2} 11 \r2: [0-9A-F]{2} 00 00 00 00 00 00 \r\r>$/,
    );
    expect(send('010D05A6')).toBe('41 0D 00 05 3E \r\r>');
  });

  it('honours the response-count digit', () => {
    const { send } = ready('healthy-petrol');
    expect(send('010D1')).toBe('41 0D 00 \r\r>');
  });

  it('answers services 03/07/0A with a count byte, and 09 CALID/CVN/ECU name', () => {
    const { send } = ready('healthy-petrol', 'ATH1');
    expect(send('03')).toBe('7E8 02 43 00 00 00 00 00 00 \r\r>');
    expect(send('07')).toBe('7E8 02 47 00 00 00 00 00 00 \r\r>');
    expect(send('0A')).toBe('7E8 02 4A 00 00 00 00 00 00 \r\r>');
    send('ATH0');
    expect(send('0904')).toBe(
      '013\r0: 49 04 01 32 33 37 \r1: 31 30 34 34 38 38 52 \r2: 00 00 00 00 00 00 00 \r\r>',
    );
    expect(send('0906')).toBe('49 06 01 1A 3F 9C 27 \r\r>');
    // INFOTYPE 0A: "ECM" padded to 4, "-", "EngineControl" padded to 15.
    expect(send('090A')).toBe(
      '017\r0: 49 0A 01 45 43 4D \r1: 00 2D 45 6E 67 69 6E \r2: 65 43 6F 6E 74 72 6F \r3: 6C 00 00 00 00 00 00 \r\r>',
    );
  });

  it('reports all monitors complete and no MIL in PID 01', () => {
    const { send } = ready('healthy-petrol');
    expect(send('0101')).toBe('41 01 00 07 E5 00 \r\r>');
  });

  it('answers service 06 with the MIDs of the scenario', () => {
    const { send } = ready('healthy-petrol');
    expect(send('0600')).toBe('46 00 80 00 00 01 \r\r>');
    expect(send('0620')).toBe('46 20 80 00 00 00 \r\r>');
    // One 9-byte record per test, MID included: 46 [21 80 01 00D4 0000 0200].
    expect(send('0621')).toBe('00A\r0: 46 21 80 01 00 D4 \r1: 00 00 02 00 00 00 00 \r\r>');
  });

  it('addresses one ECU physically after ATSH 7E0 and none after ATSH 7E5', () => {
    const { send } = ready('healthy-petrol');
    send('ATSH7E0');
    expect(send('010D')).toBe('41 0D 00 \r\r>');
    send('ATSH7E5');
    expect(send('010D')).toBe('NO DATA\r\r>');
  });
});

describe('SimulatedAdapter: two ECUs (two-ecus)', () => {
  it('lets engine 7E8 and transmission 7E9 answer the same functional request', () => {
    const { send } = ready('two-ecus', 'ATH1');
    expect(send('0100')).toBe('7E8 06 41 00 BE 3F B8 13 AA \r7E9 06 41 00 88 18 00 10 55 \r\r>');
    expect(send('01001')).toBe('7E8 06 41 00 BE 3F B8 13 AA \r\r>');
  });

  it('interleaves the multi-frame answers of both ECUs, each with its own padding', () => {
    const { send } = ready('two-ecus', 'ATH1');
    expect(send('03')).toBe(
      '7E8 10 08 43 03 04 20 01 41 \r7E9 04 43 01 07 30 55 55 55 \r7E8 21 07 00 AA AA AA AA AA \r\r>',
    );
    expect(send('0904')).toBe(
      [
        '7E8 10 23 49 04 02 30 34 45 ',
        '7E9 10 13 49 04 01 30 43 57 ',
        '7E8 21 39 30 36 30 32 37 4A ',
        '7E9 21 33 30 30 30 34 39 46 ',
        '7E8 22 54 00 00 00 00 00 53 ',
        '7E9 22 00 00 00 00 00 00 55 ',
        '7E8 23 43 38 46 30 30 31 30 ',
        '7E8 24 30 00 00 00 00 00 00 ',
        '7E8 25 00 AA AA AA AA AA AA ',
        '',
        '>',
      ].join('\r'),
    );
  });

  it('keeps stored, pending and permanent codes apart per ECU', () => {
    const { send } = ready('two-ecus', 'ATH1');
    expect(send('07')).toBe('7E8 04 47 01 01 71 AA AA AA \r7E9 04 47 01 07 15 55 55 55 \r\r>');
    expect(send('0A')).toBe('7E8 04 4A 01 04 20 AA AA AA \r7E9 04 4A 01 07 30 55 55 55 \r\r>');
    expect(send('0101')).toBe('7E8 06 41 01 83 07 E5 04 AA \r7E9 06 41 01 81 04 00 00 55 \r\r>');
  });

  it('service 04 clears stored and pending codes and the freeze frame, keeps permanent codes', () => {
    const { send } = ready('two-ecus', 'ATH1');
    // The TCM has no freeze frame: its PID 02 reads 00 00.
    expect(send('020200')).toBe('7E8 05 42 02 00 04 20 AA AA \r7E9 05 42 02 00 00 00 55 55 \r\r>');
    expect(send('04')).toBe('7E8 01 44 AA AA AA AA AA AA \r7E9 01 44 55 55 55 55 55 55 \r\r>');
    expect(send('03')).toBe('7E8 02 43 00 AA AA AA AA AA \r7E9 02 43 00 55 55 55 55 55 \r\r>');
    expect(send('07')).toBe('7E8 02 47 00 AA AA AA AA AA \r7E9 02 47 00 55 55 55 55 55 \r\r>');
    expect(send('0A')).toBe('7E8 04 4A 01 04 20 AA AA AA \r7E9 04 4A 01 07 30 55 55 55 \r\r>');
    // MIL off, no codes, every supported non-continuous monitor back to incomplete.
    expect(send('0101')).toBe('7E8 06 41 01 00 07 E5 E5 AA \r7E9 06 41 01 00 04 00 00 55 \r\r>');
    expect(send('020200')).toBe('7E8 05 42 02 00 00 00 AA AA \r7E9 05 42 02 00 00 00 55 55 \r\r>');
    expect(send('0131')).toBe('7E8 04 41 31 00 00 AA AA AA \r\r>');
  });

  it('filters answers with ATCRA and addresses the TCM with ATSH 7E1', () => {
    const { send } = ready('two-ecus', 'ATH1');
    send('ATCRA7E9');
    expect(send('03')).toBe('7E9 04 43 01 07 30 55 55 55 \r\r>');
    send('ATAR');
    send('ATSH7E1');
    expect(send('07')).toBe('7E9 04 47 01 07 15 55 55 55 \r\r>');
  });

  it('does not clear anything in the scenario object itself', () => {
    const scenario = loadScenario('two-ecus');
    const s = session(scenario);
    s.send('ATE0');
    s.send('04');
    expect(scenario.vehicle.ecus[0]?.dtcs.stored).toEqual(['P0420', 'P0141', 'P0700']);
  });
});

describe('SimulatedAdapter: CAN 29-bit (can29)', () => {
  it('prints 29-bit identifiers as four bytes, or eight digits without spaces', () => {
    const { send } = ready('can29', 'ATH1');
    expect(send('0100')).toBe(
      '18 DA F1 10 06 41 00 BE 3F B8 13 00 \r18 DA F1 18 06 41 00 80 08 00 10 00 \r\r>',
    );
    send('ATS0');
    expect(send('010D')).toBe('18DAF11003410D0000000000\r18DAF11803410D0000000000\r\r>');
    expect(send('ATDPN')).toBe('A7\r\r>');
  });

  it('prints the pending code and addresses the engine with ATSH DA10F1', () => {
    const { send } = ready('can29', 'ATH1');
    send('ATSHDA10F1');
    expect(send('07')).toBe('18 DA F1 10 04 47 01 01 28 00 00 00 \r\r>');
    expect(send('0902')).toBe(
      '18 DA F1 10 10 14 49 02 01 57 30 4C \r18 DA F1 10 21 42 46 38 45 43 58 4A \r18 DA F1 10 22 31 32 33 34 35 36 37 \r\r>',
    );
  });
});

describe('SimulatedAdapter: KWP2000 (kwp2000)', () => {
  it('prints the 8L F1 10 header and the checksum with headers on', () => {
    const { send } = ready('kwp2000', 'ATH1');
    expect(send('0100')).toBe('86 F1 10 41 00 BE 3E B8 11 8D \r\r>');
    expect(send('010D')).toBe('83 F1 10 41 0D 00 D2 \r\r>');
    expect(send('ATDPN')).toBe('A5\r\r>');
  });

  it('sends DTCs three per message, without a count byte, empty slots 00 00', () => {
    const { send } = ready('kwp2000');
    expect(send('03')).toBe('43 01 30 04 20 01 71 \r43 03 00 00 00 00 00 \r\r>');
    send('ATH1');
    expect(send('03')).toBe(
      '87 F1 10 43 01 30 04 20 01 71 92 \r87 F1 10 43 03 00 00 00 00 00 CE \r\r>',
    );
    expect(send('07')).toBe('87 F1 10 47 00 00 00 00 00 00 CF \r\r>');
  });

  it('sends the VIN as five numbered messages, the first with three 00 fillers', () => {
    const { send } = ready('kwp2000');
    expect(send('0902')).toBe(
      '49 02 01 00 00 00 5A \r49 02 02 46 41 31 38 \r49 02 03 38 30 30 39 \r49 02 04 34 37 31 32 \r49 02 05 33 34 35 36 \r\r>',
    );
    expect(send('0901')).toBe('49 01 05 \r\r>');
  });

  it('refuses service 0A with a negative response and ignores multi-PID requests', () => {
    const { send } = ready('kwp2000');
    expect(send('0A')).toBe('7F 0A 11 \r\r>');
    expect(send('010C0D')).toBe('NO DATA\r\r>');
  });

  it('reads the freeze frame of P0130', () => {
    const { send } = ready('kwp2000');
    expect(send('020200')).toBe('42 02 00 01 30 \r\r>');
    expect(send('020C00')).toBe('42 0C 00 19 50 \r\r>');
    expect(send('020C01')).toBe('NO DATA\r\r>');
  });
});

describe('SimulatedAdapter: fault scenarios', () => {
  it('misfire: P0301 + P0300 stored, MIL on, freeze frame of P0301, misfire counters', () => {
    const { send } = ready('misfire');
    expect(send('03')).toBe('43 02 03 01 03 00 \r\r>');
    expect(send('0101')).toBe('41 01 82 07 E5 01 \r\r>');
    expect(send('020200')).toBe('42 02 00 03 01 \r\r>');
    expect(send('020600')).toBe('42 06 00 8A \r\r>');
    expect(send('020700')).toBe('42 07 00 8C \r\r>');
    expect(send('0107')).toBe('41 07 8C \r\r>');
    // Cylinder 1 misfire counters: EWMA 139 (TID 0B) and this cycle 305 (TID 0C).
    expect(send('06A2')).toBe(
      '013\r0: 46 A2 0B 24 00 8B \r1: 00 00 FF FF A2 0C 24 \r2: 01 31 00 00 FF FF 00 \r\r>',
    );
  });

  it('diesel-overheat: compression-ignition readiness, diesel fuel type, coolant past 115 °C', () => {
    const { send, advance } = ready('diesel-overheat');
    expect(send('0101')).toBe('41 01 81 0F EB 00 \r\r>');
    expect(send('0151')).toBe('41 51 04 \r\r>');
    expect(send('03')).toBe('43 01 02 17 \r\r>');
    expect(send('0105')).toBe('41 05 92 \r\r>');
    advance(180_000);
    const coolant = Number.parseInt(send('0105').slice(6, 8), 16) - 40;
    expect(coolant).toBeGreaterThan(115);
  });
});

describe('SimulatedAdapter: clone quirks (clone-quirks)', () => {
  it('keeps echo on after the first ATE0 and rejects the count digit and some commands', () => {
    const { send } = session('clone-quirks');
    expect(send('ATE0').replace(/\0/g, '')).toBe('ATE0\rOK\r\r>');
    expect(send('ATAT2').replace(/\0/g, '')).toBe('ATAT2\r?\r\r>');
    expect(send('ATE0').replace(/\0/g, '')).toBe('ATE0\rOK\r\r>');
    expect(send('ATI').replace(/\0/g, '')).toBe('ELM327 v1.5\r\r>');
    expect(send('STI').replace(/\0/g, '')).toBe('?\r\r>');
    send('0100');
    expect(send('010D1').replace(/\0/g, '')).toBe('?\r\r>');
  });

  it('sends stray NUL bytes, duplicated frames and BUFFER FULL now and then, never a bare-CR repeat', () => {
    const { send } = ready('clone-quirks', 'ATE0', 'ATH1');
    const answers = Array.from({ length: 60 }, () => send('0902'));
    expect(answers.some((a) => a.includes('\0'))).toBe(true);
    expect(answers.some((a) => a.includes('BUFFER FULL\r'))).toBe(true);
    expect(answers.filter((a) => a.includes('BUFFER FULL')).length).toBeLessThan(30);
    const singles = Array.from({ length: 60 }, () => send('010D').replace(/\0/g, ''));
    expect(singles).toContain('7E8 03 41 0D 00 AA AA AA AA \r7E8 03 41 0D 00 AA AA AA AA \r\r>');
    expect(send('').replace(/\0/g, '')).toBe('>');
  });
});

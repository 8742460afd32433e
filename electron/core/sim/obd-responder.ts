import { encodeDtc } from './dtc-codec';
import type { ProtocolFamily } from './elm-protocols';
import { isCanFamily } from './elm-protocols';
import {
  answersBitmap,
  ecuSupportedPids,
  encodeMonitorStatus,
  isBitmapPid,
  pidEncoders,
  statusPids,
  supportedBitmap,
} from './pid-encoders';
import type { SimEcu } from './scenario-schema';
import type { VehicleSignals, VehicleState } from './vehicle-model';

/**
 * The ECU side of SAE J1979: what each addressed ECU sends back for a request.
 * On CAN an answer is one ISO-TP message; on K-line/J1850 it may be several messages
 * (one per line), because those buses carry at most 7 data bytes per message.
 * An ECU that does not support a request stays silent, as J1979 requires for
 * functional requests; the ELM then prints NO DATA.
 */
export interface EcuAnswer {
  readonly ecu: SimEcu;
  readonly messages: number[][];
}

export interface ResponderContext {
  readonly vehicle: VehicleState;
  readonly family: ProtocolFamily;
  readonly nowS: number;
}

const ascii = (text: string, length: number): number[] => {
  const bytes = [...text].map((c) => c.charCodeAt(0) & 0x7f);
  while (bytes.length < length) bytes.push(0);
  return bytes.slice(0, length);
};

const hexBytes = (hex: string): number[] =>
  (hex.match(/../g) ?? []).map((b) => Number.parseInt(b, 16));

export function answerRequest(
  request: readonly number[],
  ecus: readonly SimEcu[],
  context: ResponderContext,
): EcuAnswer[] {
  const answers: EcuAnswer[] = [];
  for (const ecu of ecus) {
    const messages = answerFromEcu(request, ecu, context);
    if (messages.length > 0) answers.push({ ecu, messages });
  }
  return answers;
}

function answerFromEcu(request: readonly number[], ecu: SimEcu, ctx: ResponderContext): number[][] {
  const [service, ...data] = request;
  const can = isCanFamily(ctx.family);
  switch (service) {
    case 0x01:
      return currentData(data, ecu, ctx, can);
    case 0x02:
      return freezeFrameData(data, ecu, ctx);
    case 0x03:
      return troubleCodes(0x43, ecu.dtcs.stored, can);
    case 0x07:
      return troubleCodes(0x47, ecu.dtcs.pending, can);
    case 0x0a:
      if (!ecu.supportsPermanentDtcs) return can ? [] : [[0x7f, 0x0a, 0x11]];
      return troubleCodes(0x4a, ecu.dtcs.permanent, can);
    case 0x04:
      ctx.vehicle.clearDiagnosticInformation(ecu, ctx.nowS);
      return [[0x44]];
    case 0x06:
      return can ? monitorTestResults(data, ecu) : [];
    case 0x09:
      return vehicleInformation(data, ecu, ctx, can);
    default:
      return [];
  }
}

function currentData(
  pids: readonly number[],
  ecu: SimEcu,
  ctx: ResponderContext,
  can: boolean,
): number[][] {
  // SAE J1979 allows up to six PIDs in one request on CAN only; K-line ECUs ignore them.
  if (pids.length === 0 || pids.length > 6 || (!can && pids.length > 1)) return [];
  const supported = ecuSupportedPids(ecu);
  const signals = ctx.vehicle.signals(ctx.nowS);
  const answer: number[] = [0x41];
  for (const pid of pids) {
    const bytes = currentPidBytes(pid, ecu, supported, signals, ctx.vehicle.isCompressionIgnition);
    if (bytes !== null) answer.push(pid, ...bytes);
  }
  return answer.length > 1 ? [answer] : [];
}

function currentPidBytes(
  pid: number,
  ecu: SimEcu,
  supported: ReadonlySet<number>,
  signals: VehicleSignals,
  compressionIgnition: boolean,
): number[] | null {
  if (isBitmapPid(pid)) {
    return answersBitmap(pid, supported) ? supportedBitmap(pid, supported) : null;
  }
  if (!supported.has(pid)) return null;
  if (statusPids.has(pid)) return encodeMonitorStatus(ecu, compressionIgnition, pid === 0x01);
  const encoder = pidEncoders.get(pid);
  if (encoder === undefined) return null;
  return encoder.encodeLive?.(signals) ?? encoder.encode(encoder.read(signals));
}

/** Service 02: `02 PID FRAME`; only frame 0 exists; PID 02 is the code that stored it. */
function freezeFrameData(data: readonly number[], ecu: SimEcu, ctx: ResponderContext): number[][] {
  const [pid, frame] = data;
  if (pid === undefined || frame === undefined || data.length !== 2 || frame !== 0) return [];
  const stored = ecu.freezeFrame;
  const values = new Map<number, number>(
    Object.entries(stored?.values ?? {}).map(([hex, v]) => [Number.parseInt(hex, 16), v]),
  );
  const supported = new Set([0x02, ...values.keys()]);
  if (isBitmapPid(pid)) {
    if (!answersBitmap(pid, supported)) return [];
    return [[0x42, pid, frame, ...supportedBitmap(pid, supported)]];
  }
  // Without a frame (after service 04) PID 02 reads 00 00: "no freeze frame stored".
  if (pid === 0x02) return [[0x42, 0x02, frame, ...(stored ? encodeDtc(stored.dtc) : [0, 0])]];
  const value = values.get(pid);
  const encoder = pidEncoders.get(pid);
  if (value === undefined) return [];
  if (statusPids.has(pid)) {
    return [
      [0x42, pid, frame, ...encodeMonitorStatus(ecu, ctx.vehicle.isCompressionIgnition, true)],
    ];
  }
  if (encoder === undefined) return [];
  return [[0x42, pid, frame, ...encoder.encode(value)]];
}

/**
 * Services 03/07/0A. CAN: one message with a count byte (`43 02 01 33 04 20`).
 * K-line/J1850: no count byte, three 2-byte slots per message, `00 00` fills empty slots,
 * and an ECU without codes still answers one message of empty slots.
 */
function troubleCodes(sid: number, codes: readonly string[], can: boolean): number[][] {
  const bytes = codes.flatMap(encodeDtc);
  if (can) return [[sid, codes.length, ...bytes]];
  const messages: number[][] = [];
  for (let i = 0; i < Math.max(1, codes.length); i += 3) {
    const slots = bytes.slice(i * 2, i * 2 + 6);
    while (slots.length < 6) slots.push(0);
    messages.push([sid, ...slots]);
  }
  return messages;
}

/**
 * Service 06 on CAN (SAE J1979 / ISO 15765-4): `46` then one 9-byte record per test:
 * MID TID UASID value(2) min(2) max(2); the MID is repeated in every record.
 * A bitmap request (MID 00, 20 …) gets `46 MID` + 4 bytes.
 */
function monitorTestResults(data: readonly number[], ecu: SimEcu): number[][] {
  const [mid] = data;
  if (mid === undefined || data.length !== 1) return [];
  const supported = new Set(ecu.monitorTests.map((t) => Number.parseInt(t.mid, 16)));
  if (isBitmapPid(mid)) {
    if (supported.size === 0 || !answersBitmap(mid, supported)) return [];
    return [[0x46, mid, ...supportedBitmap(mid, supported)]];
  }
  const tests = ecu.monitorTests.filter((t) => Number.parseInt(t.mid, 16) === mid);
  if (tests.length === 0) return [];
  const word = (v: number): number[] => [v >> 8, v & 0xff];
  return [
    [
      0x46,
      ...tests.flatMap((t) => [
        mid,
        Number.parseInt(t.tid, 16),
        Number.parseInt(t.uasid, 16),
        ...word(t.value),
        ...word(t.min),
        ...word(t.max),
      ]),
    ],
  ];
}

/**
 * Service 09. CAN: one message per info type with the number of data items
 * (`49 02 01` + 17 VIN characters). K-line/J1850: 4 data bytes per message after a
 * message counter; the VIN gets three 00 fillers in front so it fills five messages;
 * the message-count info types 01/03/05 exist on these buses only.
 */
function vehicleInformation(
  data: readonly number[],
  ecu: SimEcu,
  ctx: ResponderContext,
  can: boolean,
): number[][] {
  const [infoType] = data;
  if (infoType === undefined || data.length !== 1) return [];
  const info = ecu.vehicleInfo;
  const vin = info.reportsVin ? ascii(ctx.vehicle.spec.vin, 17) : null;
  const calibrationIds = info.calibrationIds.map((id) => ascii(id, 16));
  const cvns = info.cvns.map(hexBytes);
  const [acronym = '', name = ''] = info.ecuName.split(/-(.*)/s);
  const ecuName = [...ascii(acronym, 4), 0x2d, ...ascii(name, 15)];

  const items = new Map<number, number[][]>();
  if (vin) items.set(0x02, [vin]);
  if (calibrationIds.length > 0) items.set(0x04, calibrationIds);
  if (cvns.length > 0) items.set(0x06, cvns);
  if (can) items.set(0x0a, [ecuName]);

  if (infoType === 0x00) {
    const supported = new Set(items.keys());
    if (!can) {
      if (vin) supported.add(0x01);
      if (calibrationIds.length > 0) supported.add(0x03);
      if (cvns.length > 0) supported.add(0x05);
    }
    return [[0x49, 0x00, ...supportedBitmap(0x00, supported)]];
  }
  if (can) {
    const values = items.get(infoType);
    return values ? [[0x49, infoType, values.length, ...values.flat()]] : [];
  }
  const counts: Record<number, number | undefined> = {
    0x01: vin ? 5 : undefined,
    0x03: calibrationIds.length > 0 ? calibrationIds.length * 4 : undefined,
    0x05: cvns.length > 0 ? cvns.length : undefined,
  };
  const count = counts[infoType];
  if (count !== undefined) return [[0x49, infoType, count]];
  const values = items.get(infoType);
  if (!values) return [];
  const payload = infoType === 0x02 ? [0, 0, 0, ...values.flat()] : values.flat();
  const messages: number[][] = [];
  for (let i = 0; i < payload.length; i += 4) {
    messages.push([0x49, infoType, i / 4 + 1, ...payload.slice(i, i + 4)]);
  }
  return messages;
}

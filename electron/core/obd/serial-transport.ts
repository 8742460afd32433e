import { realpathSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { ObdError } from '@shared/obd/obd-error';
import type { ObdTransport } from './transport';
import { Listeners } from './transport';

/** Rates tried when the configured one gets no prompt (ELM default 38400, pin-6 9600, clones). */
export const BAUD_CANDIDATES = [38400, 9600, 115200, 230400, 500000] as const;

export interface SerialAdapterInfo {
  path: string;
  manufacturer: string | null;
  serialNumber: string | null;
  vendorId: string | null;
  productId: string | null;
  /** The USB-serial chip, when its VID/PID is one OBD adapters are built on. */
  chip: string | null;
  bluetooth: boolean;
  likelyObdAdapter: boolean;
}

/** USB-serial bridges found in ELM327 adapters (vendor:product, lower-case hex). */
const KNOWN_CHIPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^0403:(6001|6010|6011|6014|6015)$/, 'FTDI'],
  [/^1a86:(7523|5523|55d4)$/, 'CH340'],
  [/^10c4:(ea60|ea70|ea71)$/, 'CP210x'],
  [/^067b:(2303|23a3|23c3|23d3)$/, 'PL2303'],
];

const BLUETOOTH_PATH = /^\/dev\/(rfcomm\d+|cu\..*|tty\..*-(SerialPort|SPP).*)$/i;

export function classifySerialPort(port: {
  path: string;
  manufacturer?: string | undefined;
  serialNumber?: string | undefined;
  vendorId?: string | undefined;
  productId?: string | undefined;
}): SerialAdapterInfo {
  const vendorId = port.vendorId?.toLowerCase() ?? null;
  const productId = port.productId?.toLowerCase() ?? null;
  const id = `${vendorId ?? ''}:${productId ?? ''}`;
  const chip = KNOWN_CHIPS.find(([pattern]) => pattern.test(id))?.[1] ?? null;
  const bluetooth =
    BLUETOOTH_PATH.test(port.path) || /bluetooth|bthenum/i.test(`${port.manufacturer ?? ''}`);
  const named = /obd|elm|vlink|vgate|obdlink|scantool/i.test(
    `${port.manufacturer ?? ''} ${port.path}`,
  );
  return {
    path: port.path,
    manufacturer: port.manufacturer ?? null,
    serialNumber: port.serialNumber ?? null,
    vendorId,
    productId,
    chip,
    bluetooth,
    likelyObdAdapter: chip !== null || bluetooth || named,
  };
}

/** Lists serial ports, flagging the likely OBD adapters (USB bridges, Bluetooth SPP). */
export async function listSerialAdapters(): Promise<SerialAdapterInfo[]> {
  const ports = await SerialPort.list();
  return ports.map(classifySerialPort);
}

export interface SerialTransportOptions {
  path: string;
  /** Null: try `BAUD_CANDIDATES` until the adapter prompts. */
  baudRate?: number | null;
  /** How long to wait for a prompt at each candidate rate. */
  probeTimeoutMs?: number;
}

function isPseudoTerminal(path: string): boolean {
  try {
    return /^\/dev\/(pts\/|ttys\d)/.test(realpathSync(path));
  } catch {
    return false;
  }
}

function openPort(path: string, baudRate: number): Promise<SerialPort> {
  return new Promise((resolve, reject) => {
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    port.open((error) => (error ? reject(error) : resolve(port)));
  });
}

function closePort(port: SerialPort): Promise<void> {
  return new Promise((resolve) => {
    if (!port.isOpen) return resolve();
    port.close(() => resolve());
  });
}

/** Sends a harmless `ATI` and waits for a prompt: a bare CR could repeat a clear-codes. */
function probePrompt(port: SerialPort, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let received = '';
    const onData = (chunk: Buffer): void => {
      received += chunk.toString('latin1');
      if (received.includes('>')) finish(true);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    function finish(ok: boolean): void {
      clearTimeout(timer);
      port.off('data', onData);
      resolve(ok);
    }
    port.on('data', onData);
    port.write('ATI\r');
  });
}

/**
 * USB and Bluetooth SPP adapters. Owns the port: closed on every error, and re-listed by the
 * caller before reopening (node-serialport "Access denied after replug").
 */
export class SerialTransport implements ObdTransport {
  readonly adapterKey: string | null;
  private port: SerialPort | null = null;
  private activeBaudRate: number | null;
  private readonly data = new Listeners<[string]>();
  private readonly closed = new Listeners<[Error | null]>();

  constructor(
    private readonly options: SerialTransportOptions,
    adapterKey: string | null = null,
  ) {
    this.activeBaudRate = options.baudRate ?? null;
    this.adapterKey =
      adapterKey ?? (BLUETOOTH_PATH.test(options.path) ? `serial:${options.path}` : null);
  }

  get description(): string {
    return `serial:${this.options.path}${this.activeBaudRate === null ? '' : `@${this.activeBaudRate}`}`;
  }

  get baudRate(): number | null {
    return this.activeBaudRate;
  }

  get isOpen(): boolean {
    return this.port?.isOpen ?? false;
  }

  async open(): Promise<void> {
    const configured = this.options.baudRate ?? null;
    const candidates =
      configured === null
        ? [...BAUD_CANDIDATES]
        : [configured, ...BAUD_CANDIDATES.filter((b) => b !== configured)];
    const probeTimeoutMs = this.options.probeTimeoutMs ?? 600;
    let lastError: unknown = null;
    for (const baudRate of candidates) {
      let port: SerialPort;
      try {
        port = await openPort(this.options.path, baudRate);
      } catch (error) {
        throw new ObdError(
          'DISCONNECTED',
          `Cannot open ${this.options.path}: ${(error as Error).message}`,
        );
      }
      // Pseudo-terminals (socat, the simulator) ignore the rate: no probing needed.
      const isPty = isPseudoTerminal(this.options.path);
      try {
        if (isPty || (await probePrompt(port, probeTimeoutMs))) {
          this.attach(port, baudRate);
          return;
        }
      } catch (error) {
        lastError = error;
      }
      await closePort(port);
    }
    throw new ObdError(
      'DISCONNECTED',
      `No ELM327 prompt on ${this.options.path} at ${candidates.join(', ')} baud${lastError ? ` (${String(lastError)})` : ''}`,
    );
  }

  private attach(port: SerialPort, baudRate: number): void {
    this.port = port;
    this.activeBaudRate = baudRate;
    let lastError: Error | null = null;
    port.on('data', (chunk: Buffer) => this.data.emit(chunk.toString('latin1')));
    port.on('error', (error: Error) => {
      lastError = error;
    });
    port.on('close', (error: Error | null) => {
      if (this.port !== port) return;
      this.port = null;
      this.closed.emit(error ?? lastError ?? new Error('serial port closed'));
    });
  }

  write(text: string): Promise<void> {
    const port = this.port;
    if (!port)
      return Promise.reject(new ObdError('NOT_CONNECTED', `${this.description} is not open`));
    return new Promise((resolve, reject) => {
      port.write(Buffer.from(text, 'latin1'), (error) => (error ? reject(error) : resolve()));
    });
  }

  onData(listener: (chunk: string) => void): () => void {
    return this.data.add(listener);
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.closed.add(listener);
  }

  async close(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (!port) return;
    await closePort(port);
    this.closed.emit(null);
  }
}

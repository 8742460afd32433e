import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import type { SimScenario } from './scenario-schema';
import type { SimulatedAdapterOptions } from './simulated-adapter';
import { SimulatedAdapter } from './simulated-adapter';

export interface SimPtyOptions extends Omit<SimulatedAdapterOptions, 'baudRate'> {
  scenario: SimScenario;
  /** Serial speed: the simulator paces its output at this rate when latency is on. */
  baudRate?: number;
  /** Where to create the pty links (default: a fresh temporary folder). */
  linkDir?: string;
}

export interface SimPty {
  /** The pty the app opens, like `/dev/ttyUSB0`. */
  readonly appPath: string;
  readonly adapter: SimulatedAdapter;
  close(): Promise<void>;
}

const waitForLinks = async (paths: string[], timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!paths.every((path) => existsSync(path))) {
    if (Date.now() > deadline) throw new Error(`socat did not create ${paths.join(' and ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/**
 * The simulator behind a real serial device: `socat` makes a pty pair, the simulator opens
 * one end with `serialport` (so the app's serial code path is the real one) and the app
 * opens `appPath`. A pty ignores the baud rate itself, so the pacing comes from the
 * simulator's latency model. `adapter.unplug()` closes the simulator's end.
 */
export async function startSimPty(options: SimPtyOptions): Promise<SimPty> {
  const { scenario, baudRate = 38_400, linkDir, ...adapterOptions } = options;
  const dir = linkDir ?? mkdtempSync(join(tmpdir(), 'novaevo-sim-'));
  const simPath = join(dir, 'sim');
  const appPath = join(dir, 'app');
  const socat = spawn(
    'socat',
    ['-d', '-d', `pty,raw,echo=0,link=${simPath}`, `pty,raw,echo=0,link=${appPath}`],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => socat.once('exit', () => resolve()));
  const spawnError = new Promise<never>((_, reject) =>
    socat.once('error', (error) => reject(new Error(`cannot start socat: ${error.message}`))),
  );
  try {
    await Promise.race([waitForLinks([simPath, appPath], 5_000), spawnError]);
  } catch (error) {
    socat.kill();
    throw error;
  }

  const adapter = new SimulatedAdapter(scenario, { ...adapterOptions, baudRate });
  const port = new SerialPort({ path: simPath, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) =>
    port.open((error) => (error ? reject(error) : resolve())),
  );
  port.on('data', (data: Buffer) => adapter.receive(data.toString('latin1')));
  port.on('error', () => undefined);
  adapter.onOutput((text) => {
    if (port.isOpen) port.write(Buffer.from(text, 'latin1'));
  });
  adapter.onLinkLost(() => {
    if (port.isOpen) port.close();
  });

  let closed = false;
  return {
    appPath,
    adapter,
    close: async () => {
      if (closed) return;
      closed = true;
      adapter.dispose();
      if (port.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
      socat.kill();
      await exited;
      if (linkDir === undefined) rmSync(dir, { recursive: true, force: true });
    },
  };
}

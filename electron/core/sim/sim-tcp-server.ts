import { createServer } from 'node:net';
import type { Socket } from 'node:net';
import type { SimScenario } from './scenario-schema';
import type { SimulatedAdapterOptions } from './simulated-adapter';
import { SimulatedAdapter } from './simulated-adapter';

export interface SimTcpServerOptions extends SimulatedAdapterOptions {
  scenario: SimScenario;
  /** 0 picks a free port. Wi-Fi adapters listen on 35000. */
  port: number;
  host?: string;
}

export interface SimTcpServer {
  readonly port: number;
  readonly adapter: SimulatedAdapter;
  close(): Promise<void>;
}

/**
 * The simulator as a Wi-Fi adapter: a TCP server on loopback by default. Like the real
 * thing it serves one client at a time (a new connection replaces the previous one) and the
 * adapter keeps its state across reconnections, since the car, not the socket, powers it.
 * `adapter.unplug()` drops the connection and refuses new ones until `plugIn()`.
 */
export async function startSimTcpServer(options: SimTcpServerOptions): Promise<SimTcpServer> {
  const { scenario, port, host = '127.0.0.1', ...adapterOptions } = options;
  const adapter = new SimulatedAdapter(scenario, adapterOptions);
  const sockets = new Set<Socket>();
  let current: Socket | null = null;

  adapter.onOutput((text) => {
    if (current !== null && !current.destroyed) current.write(text, 'latin1');
  });
  adapter.onLinkLost(() => {
    for (const socket of sockets) socket.destroy();
  });

  const server = createServer((socket) => {
    if (!adapter.isPlugged) {
      socket.destroy();
      return;
    }
    current?.destroy();
    current = socket;
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('data', (data) => {
      if (socket === current) adapter.receive(data.toString('latin1'));
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      sockets.delete(socket);
      if (current === socket) current = null;
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;

  return {
    port: boundPort,
    adapter,
    close: () =>
      new Promise<void>((resolve) => {
        adapter.dispose();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

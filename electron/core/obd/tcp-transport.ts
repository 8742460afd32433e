import { Socket } from 'node:net';
import { DEFAULT_TCP_HOST, DEFAULT_TCP_PORT } from '@shared/obd/adapter-string';
import { ObdError } from '@shared/obd/obd-error';
import type { ObdTransport } from './transport';
import { Listeners } from './transport';

export interface TcpTransportOptions {
  host?: string;
  port?: number;
  connectTimeoutMs?: number;
}

/** Wi-Fi ELM327 clones: a raw TCP stream, nearly always 192.168.0.10:35000. */
export class TcpTransport implements ObdTransport {
  readonly description: string;
  readonly adapterKey: string;
  private socket: Socket | null = null;
  private readonly data = new Listeners<[string]>();
  private readonly closed = new Listeners<[Error | null]>();
  private readonly host: string;
  private readonly port: number;
  private readonly connectTimeoutMs: number;

  constructor(options: TcpTransportOptions = {}) {
    this.host = options.host ?? DEFAULT_TCP_HOST;
    this.port = options.port ?? DEFAULT_TCP_PORT;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 5000;
    this.description = `tcp:${this.host}:${this.port}`;
    this.adapterKey = this.description;
  }

  get isOpen(): boolean {
    return this.socket !== null && !this.socket.destroyed;
  }

  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = new Socket();
      let settled = false;
      const timer = setTimeout(() => {
        if (settled) return;
        settled = true;
        socket.destroy();
        reject(
          new ObdError(
            'DISCONNECTED',
            `No answer from ${this.description} within ${this.connectTimeoutMs} ms`,
          ),
        );
      }, this.connectTimeoutMs);
      socket.setNoDelay(true);
      socket.setEncoding('latin1');
      socket.once('error', (error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(
          new ObdError('DISCONNECTED', `Cannot connect to ${this.description}: ${error.message}`),
        );
      });
      socket.connect(this.port, this.host, () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.socket = socket;
        let lastError: Error | null = null;
        socket.on('error', (error) => {
          lastError = error;
        });
        socket.on('data', (chunk: string) => this.data.emit(chunk));
        socket.on('close', () => {
          if (this.socket !== socket) return;
          this.socket = null;
          this.closed.emit(lastError ?? new Error('connection closed by the adapter'));
        });
        resolve();
      });
    });
  }

  write(text: string): Promise<void> {
    const socket = this.socket;
    if (!socket)
      return Promise.reject(new ObdError('NOT_CONNECTED', `${this.description} is not open`));
    return new Promise((resolve, reject) => {
      socket.write(text, 'latin1', (error) => (error ? reject(error) : resolve()));
    });
  }

  onData(listener: (chunk: string) => void): () => void {
    return this.data.add(listener);
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.closed.add(listener);
  }

  close(): Promise<void> {
    const socket = this.socket;
    this.socket = null;
    if (!socket) return Promise.resolve();
    return new Promise((resolve) => {
      socket.once('close', () => resolve());
      socket.destroy();
      this.closed.emit(null);
    });
  }
}

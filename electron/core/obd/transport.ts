/**
 * A duplex text link to an ELM327-compatible adapter. Text is latin-1: one char per byte, so
 * no chunk split can corrupt it. Implementations: serial (USB / Bluetooth SPP), TCP (Wi-Fi),
 * and the in-process simulator.
 */
export interface ObdTransport {
  /** Human-readable, e.g. `serial:/dev/ttyUSB0@38400`. */
  readonly description: string;
  /**
   * Stable key for the adapter's capability profile: USB serial number, Bluetooth address,
   * `tcp:host:port`, `sim:scenario`. Null when the link does not identify the device.
   */
  readonly adapterKey: string | null;
  open(): Promise<void>;
  write(text: string): Promise<void>;
  onData(listener: (chunk: string) => void): () => void;
  /** Called once when the link goes away; `error` is null for a local `close()`. */
  onClose(listener: (error: Error | null) => void): () => void;
  close(): Promise<void>;
  readonly isOpen: boolean;
}

/** Fan-out helper shared by the transports. */
export class Listeners<T extends unknown[]> {
  private readonly listeners = new Set<(...args: T) => void>();

  add(listener: (...args: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(...args: T): void {
    for (const listener of [...this.listeners]) listener(...args);
  }
}

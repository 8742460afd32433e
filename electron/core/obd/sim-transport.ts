import { ObdError } from '@shared/obd/obd-error';
import { loadScenario } from '../sim/scenario-loader';
import type { SimScenario } from '../sim/scenario-schema';
import type { SimulatedAdapterOptions } from '../sim/simulated-adapter';
import { SimulatedAdapter } from '../sim/simulated-adapter';
import type { ObdTransport } from './transport';
import { Listeners } from './transport';

/** The simulator in-process: same text protocol, no bytes on a wire. */
export class SimTransport implements ObdTransport {
  readonly description: string;
  readonly adapterKey: string;
  private adapter: SimulatedAdapter | null = null;
  private readonly data = new Listeners<[string]>();
  private readonly closed = new Listeners<[Error | null]>();
  private unsubscribe: Array<() => void> = [];

  constructor(
    private readonly scenario: SimScenario | string,
    private readonly options: SimulatedAdapterOptions = {},
  ) {
    const name = typeof scenario === 'string' ? scenario : scenario.name;
    this.description = `sim:${name}`;
    this.adapterKey = this.description;
  }

  /** The simulated adapter, for tests that pull the plug or change the vehicle. */
  get simulator(): SimulatedAdapter | null {
    return this.adapter;
  }

  get isOpen(): boolean {
    return this.adapter !== null;
  }

  open(): Promise<void> {
    try {
      const scenario =
        typeof this.scenario === 'string' ? loadScenario(this.scenario) : this.scenario;
      const adapter = new SimulatedAdapter(scenario, this.options);
      this.adapter = adapter;
      this.unsubscribe = [
        adapter.onOutput((text) => this.data.emit(text)),
        adapter.onLinkLost(() => {
          if (this.adapter !== adapter) return;
          this.detach();
          this.closed.emit(new Error('simulated adapter unplugged'));
        }),
      ];
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(
        new ObdError(
          'DISCONNECTED',
          `Cannot start ${this.description}: ${(error as Error).message}`,
        ),
      );
    }
  }

  write(text: string): Promise<void> {
    const adapter = this.adapter;
    if (!adapter)
      return Promise.reject(new ObdError('NOT_CONNECTED', `${this.description} is not open`));
    // Deliver asynchronously, like a real link: the caller's state is set before the answer.
    queueMicrotask(() => adapter.receive(text));
    return Promise.resolve();
  }

  onData(listener: (chunk: string) => void): () => void {
    return this.data.add(listener);
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.closed.add(listener);
  }

  close(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return Promise.resolve();
    this.detach();
    adapter.dispose();
    this.closed.emit(null);
    return Promise.resolve();
  }

  private detach(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.adapter = null;
  }
}

import { parseAdapterString } from '@shared/obd/adapter-string';
import type { AdapterSpec } from '@shared/obd/adapter-string';
import { SerialTransport } from './serial-transport';
import { SimTransport } from './sim-transport';
import { TcpTransport } from './tcp-transport';
import type { ObdTransport } from './transport';

/** Makes a fresh transport for an adapter string; the session calls it again to reconnect. */
export function createTransport(adapter: string | AdapterSpec): ObdTransport {
  const spec = typeof adapter === 'string' ? parseAdapterString(adapter) : adapter;
  switch (spec.kind) {
    case 'serial':
      return new SerialTransport({ path: spec.path, baudRate: spec.baudRate });
    case 'tcp':
      return new TcpTransport({ host: spec.host, port: spec.port });
    case 'sim':
      return new SimTransport(spec.scenario);
  }
}

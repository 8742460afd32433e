import { parseAdapterString } from '@shared/obd/adapter-string';
import type { AdapterSpec } from '@shared/obd/adapter-string';
import type { CapabilityStore } from './capability-store';
import { createTransport } from './create-transport';
import { ElmSession } from './elm-session';
import type { ReconnectPolicy, SessionOptions } from './elm-session';

export interface OpenSessionOptions {
  capabilityStore?: CapabilityStore;
  reconnect?: Partial<ReconnectPolicy>;
  timeouts?: SessionOptions['timeouts'];
  protocolHint?: SessionOptions['protocolHint'];
}

/** Parses an adapter string, connects and initialises: the one-liner the CLI and app use. */
export async function openObdSession(
  adapter: string | AdapterSpec,
  options: OpenSessionOptions = {},
): Promise<ElmSession> {
  const spec = typeof adapter === 'string' ? parseAdapterString(adapter) : adapter;
  const session = new ElmSession({
    transportFactory: () => createTransport(spec),
    ...(options.capabilityStore ? { capabilityStore: options.capabilityStore } : {}),
    ...(options.reconnect ? { reconnect: options.reconnect } : {}),
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    ...(options.protocolHint !== undefined ? { protocolHint: options.protocolHint } : {}),
  });
  await session.connect();
  return session;
}

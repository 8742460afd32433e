import { ObdError } from './obd-error';

/** Where the adapter is: `serial:/dev/ttyUSB0[@38400]`, `tcp:192.168.0.10:35000`, `sim:<scenario>`. */
export type AdapterSpec =
  | { kind: 'serial'; path: string; baudRate: number | null }
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'sim'; scenario: string };

/** The address nearly every Wi-Fi ELM327 clone uses. */
export const DEFAULT_TCP_HOST = '192.168.0.10';
export const DEFAULT_TCP_PORT = 35000;

function bad(text: string, why: string): ObdError {
  return new ObdError('BAD_REQUEST', `Invalid adapter "${text}": ${why}`);
}

export function parseAdapterString(text: string): AdapterSpec {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  if (colon === -1) throw bad(text, 'expected serial:PATH, tcp:HOST:PORT or sim:SCENARIO');
  const scheme = trimmed.slice(0, colon).toLowerCase();
  const rest = trimmed.slice(colon + 1);
  switch (scheme) {
    case 'serial': {
      const match = /^(.+?)(?:@(\d+))?$/.exec(rest);
      if (!match?.[1]) throw bad(text, 'missing serial device path');
      const baudRate = match[2] === undefined ? null : Number(match[2]);
      if (baudRate !== null && (baudRate < 300 || baudRate > 4_000_000)) {
        throw bad(text, `baud rate ${baudRate} out of range`);
      }
      return { kind: 'serial', path: match[1], baudRate };
    }
    case 'tcp': {
      if (rest === '') return { kind: 'tcp', host: DEFAULT_TCP_HOST, port: DEFAULT_TCP_PORT };
      const match = /^(?:\[([^\]]+)\]|([^:]*))(?::(\d+))?$/.exec(rest);
      if (!match) throw bad(text, 'expected tcp:HOST[:PORT]');
      const host = match[1] ?? match[2] ?? '';
      const port = match[3] === undefined ? DEFAULT_TCP_PORT : Number(match[3]);
      if (port < 1 || port > 65535) throw bad(text, `port ${port} out of range`);
      return { kind: 'tcp', host: host === '' ? DEFAULT_TCP_HOST : host, port };
    }
    case 'sim': {
      if (!/^[a-z0-9][a-z0-9-]*$/i.test(rest)) throw bad(text, 'expected sim:SCENARIO');
      return { kind: 'sim', scenario: rest };
    }
    default:
      throw bad(text, `unknown kind "${scheme}"`);
  }
}

export function formatAdapterString(spec: AdapterSpec): string {
  switch (spec.kind) {
    case 'serial':
      return `serial:${spec.path}${spec.baudRate === null ? '' : `@${spec.baudRate}`}`;
    case 'tcp':
      return `tcp:${spec.host.includes(':') ? `[${spec.host}]` : spec.host}:${spec.port}`;
    case 'sim':
      return `sim:${spec.scenario}`;
  }
}

/**
 * Per-module loggers writing one line per event to stderr, so the CLI's stdout stays
 * clean for `--json` output. NOVAEVO_LOG=debug|info|warn|error|silent sets the floor.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 99,
};

function floor(): number {
  const configured = process.env.NOVAEVO_LOG as Level | 'silent' | undefined;
  if (configured && configured in ORDER) return ORDER[configured];
  return process.env.VITEST ? ORDER.warn : ORDER.info;
}

export interface Logger {
  debug(message: string, data?: unknown): void;
  info(message: string, data?: unknown): void;
  warn(message: string, data?: unknown): void;
  error(message: string, data?: unknown): void;
}

export function createLogger(module: string): Logger {
  const write = (level: Level, message: string, data?: unknown) => {
    if (ORDER[level] < floor()) return;
    const suffix = data === undefined ? '' : ` ${JSON.stringify(data)}`;
    process.stderr.write(
      `${new Date().toISOString()} ${level.toUpperCase()} [${module}] ${message}${suffix}\n`,
    );
  };
  return {
    debug: (m, d) => write('debug', m, d),
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

import type { Logger } from '../log/logger';

/**
 * Last line of defence for long-running processes (`novaevo serve`): an exception that
 * escapes every handler is logged with its stack instead of ending the process and every
 * open session with it. It is not a way to handle errors: each one logged here is a bug whose
 * root cause is fixed where it was thrown (the host parses every request defensively).
 * Returns the function that removes the handlers.
 */
export function installProcessSafetyNet(log: Logger): () => void {
  const onException = (error: unknown): void => {
    log.error('uncaught exception (kept running)', describe(error));
  };
  const onRejection = (reason: unknown): void => {
    log.error('unhandled rejection (kept running)', describe(reason));
  };
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}

function describe(error: unknown): { error: string; stack?: string } {
  return error instanceof Error
    ? { error: `${error.name}: ${error.message}`, ...(error.stack ? { stack: error.stack } : {}) }
    : { error: String(error) };
}

import { loadCliCommands } from './registry';
import { runCli } from './run-cli';

/** Entry of the `novaevo` binary (bundled to out/main/cli.js). */
const controller = new AbortController();
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    controller.abort();
  });
}

const argv = process.argv.slice(2);
const code = await runCli(await loadCliCommands(argv), argv, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  signal: controller.signal,
});
process.exitCode = code;

import { loadCliCommands } from '../cli/registry';
import { runCli } from '../cli/run-cli';

/** Runs `novaevo <argv>` in-process, as the binary would, capturing its output. */
export async function runCliInProcess(
  argv: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(await loadCliCommands(argv), argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}

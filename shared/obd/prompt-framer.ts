import { latin1FromBytes } from './hex';

/** One complete adapter answer: everything received up to a `>` prompt. */
export interface FramedAnswer {
  /** Cleaned, non-empty lines, echo removed. */
  lines: string[];
  /** The text as received (NUL and non-printable bytes removed), for support transcripts. */
  raw: string;
  /** The adapter echoed the command although echo should be off. */
  echoed: boolean;
  /**
   * The adapter printed its `ELM327 v…` banner or `LV RESET` without being asked: it reset
   * (brown-out, LV RESET) and lost every setting, so the session must initialise it again.
   */
  unexpectedReset: boolean;
}

const MAX_PENDING_CHARS = 65_536;
const RESET_COMMANDS = /^AT(Z|WS|D|I|@1)$/;

/** Drops NULs, stray high bytes and control characters other than CR/LF (clone noise). */
export function stripNoiseCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\uFFFF]/g, '');
}

export function splitAnswerLines(text: string): string[] {
  return stripNoiseCharacters(text)
    .split(/[\r\n]+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function compactCommand(command: string): string {
  return (
    command.includes(' ') || command.includes('\t') ? command.replace(/\s+/g, '') : command
  ).toUpperCase();
}

/** Removes a first line that repeats the command (ATE0 ignored or not yet applied). */
export function stripEcho(
  lines: readonly string[],
  command: string | null,
): {
  lines: string[];
  echoed: boolean;
} {
  const first = lines[0];
  if (command !== null && first !== undefined && isEchoOf(first, compactCommand(command))) {
    return { lines: lines.slice(1), echoed: true };
  }
  return { lines: [...lines], echoed: false };
}

/**
 * `line` repeats `compact` (an upper-case command without spaces). Hot path of every answer:
 * a line without blanks can only match at the same length, so most data lines are rejected
 * without allocating.
 */
export function isEchoOf(line: string, compact: string): boolean {
  if (line === compact) return true;
  let chars = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code > 0x7e || (code < 0x20 && code !== 0x09)) return compactCommand(line) === compact;
    if (code !== 0x20 && code !== 0x09) chars++;
  }
  if (chars !== compact.length) return false;
  return compactCommand(line) === compact;
}

function looksLikeReset(lines: readonly string[], command: string | null): boolean {
  const expected = command !== null && RESET_COMMANDS.test(compactCommand(command));
  return lines.some((line) => {
    const upper = line.toUpperCase();
    if (/^LV ?RESET$/.test(upper)) return true;
    return !expected && /^ELM327\s*V/.test(upper);
  });
}

/**
 * Accumulates raw chunks (split anywhere) and emits complete answers at each `>` prompt.
 * An answer is complete only at the prompt: python-OBD issue #226 shows what happens when a
 * reader stops at `OK` and reads the rest as the next command's answer.
 */
export class PromptFramer {
  private buffer = '';
  private command: string | null = null;

  /** The command whose answer is being received, for echo and banner detection. */
  expectAnswerTo(command: string | null): void {
    this.command = command;
  }

  push(chunk: string | Uint8Array): FramedAnswer[] {
    this.buffer += typeof chunk === 'string' ? chunk : latin1FromBytes(chunk);
    const answers: FramedAnswer[] = [];
    let prompt = this.buffer.indexOf('>');
    while (prompt !== -1) {
      const raw = stripNoiseCharacters(this.buffer.slice(0, prompt));
      this.buffer = this.buffer.slice(prompt + 1);
      const { lines, echoed } = stripEcho(splitAnswerLines(raw), this.command);
      answers.push({ lines, raw, echoed, unexpectedReset: looksLikeReset(lines, this.command) });
      prompt = this.buffer.indexOf('>');
    }
    // A babbling adapter that never prompts must not grow the buffer without bound.
    if (this.buffer.length > MAX_PENDING_CHARS) this.buffer = this.buffer.slice(-MAX_PENDING_CHARS);
    return answers;
  }

  /** Text received since the last prompt (a late or partial answer). */
  pending(): string {
    return stripNoiseCharacters(this.buffer);
  }

  reset(): void {
    this.buffer = '';
  }
}

import type { ObdTransport } from './transport';
import { Listeners } from './transport';

/** What the fake adapter prints for a command: text before the prompt, or silence. */
export type FakeReply = string | { text: string; delayMs?: number; prompt?: boolean } | null;

/**
 * A scripted ELM327 for session tests: answers each CR-terminated command through `reply`,
 * records every write, and counts writes made while it was still busy (the one-command-in-
 * flight rule), and bare CRs (which must never be sent).
 */
export class FakeElmTransport implements ObdTransport {
  readonly description = 'fake:elm';
  readonly commands: string[] = [];
  violations = 0;
  bareCarriageReturns = 0;
  private busy = false;
  private open_ = false;
  private readonly data = new Listeners<[string]>();
  private readonly closed = new Listeners<[Error | null]>();
  private inputLine = '';

  constructor(
    private readonly reply: (command: string, index: number) => FakeReply,
    readonly adapterKey: string | null = 'fake:elm',
  ) {}

  get isOpen(): boolean {
    return this.open_;
  }

  open(): Promise<void> {
    this.open_ = true;
    return Promise.resolve();
  }

  write(text: string): Promise<void> {
    if (!this.open_) return Promise.reject(new Error('closed'));
    for (const char of text) {
      if (char !== '\r') {
        this.inputLine += char;
        continue;
      }
      const command = this.inputLine;
      this.inputLine = '';
      if (command === '') this.bareCarriageReturns++;
      if (this.busy) this.violations++;
      this.commands.push(command);
      this.answer(command, this.commands.length - 1);
    }
    return Promise.resolve();
  }

  private answer(command: string, index: number): void {
    const reply = this.reply(command, index);
    if (reply === null) return;
    const {
      text,
      delayMs = 0,
      prompt = true,
    } = typeof reply === 'string' ? { text: reply } : reply;
    this.busy = true;
    setTimeout(() => {
      if (!this.open_) return;
      this.busy = false;
      this.emit(`${text}\r\r${prompt ? '>' : ''}`);
    }, delayMs);
  }

  /** Output the adapter sends on its own (late answers, a brown-out banner). */
  emit(text: string): void {
    this.data.emit(text);
  }

  /** The link drops (cable pulled, Bluetooth gone). */
  drop(): void {
    if (!this.open_) return;
    this.open_ = false;
    this.closed.emit(new Error('link dropped'));
  }

  onData(listener: (chunk: string) => void): () => void {
    return this.data.add(listener);
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.closed.add(listener);
  }

  close(): Promise<void> {
    if (this.open_) {
      this.open_ = false;
      this.closed.emit(null);
    }
    return Promise.resolve();
  }
}

/** A healthy single-ECU CAN car behind a genuine-looking ELM327. */
export function healthyCar(
  overrides: Record<string, FakeReply> = {},
): (command: string) => FakeReply {
  const answers: Record<string, FakeReply> = {
    ATZ: 'ELM327 v1.5',
    ATI: 'ELM327 v1.5',
    STI: '?',
    ATDPN: 'A6',
    ATRV: '12.6V',
    '0100': 'SEARCHING...\r7E8064100BE3EB811',
    '01001': '7E8064100BE3EB811',
    '010C0D': '7E806410C1AF80D32',
    '010C': '7E804410C1AF8',
    '010C1': '7E804410C1AF8',
    '010D': '7E803410D32',
    '0105': '7E8034105 7B',
    '03': '7E806430201330420',
    ...overrides,
  };
  return (command) => {
    if (command in answers) return answers[command] ?? null;
    if (/^AT/.test(command)) return 'OK';
    return 'NO DATA';
  };
}

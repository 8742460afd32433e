import { AppError } from '@shared/api/errors';
import type { EventBus } from './event-bus';

export interface TaskProgress {
  done: number;
  total: number | null;
  label?: string;
}

export interface TaskContext {
  signal: AbortSignal;
  report(progress: TaskProgress): void;
}

/**
 * Long work (scans, OCR, imports, sync) runs as a task: it reports progress to every UI
 * through `task.progress` events and stops when its signal is aborted (`tasks.cancel`).
 */
export class TaskRegistry {
  private readonly running = new Map<string, AbortController>();
  private counter = 0;

  constructor(private readonly events: EventBus) {}

  async run<T>(
    label: string,
    work: (context: TaskContext) => Promise<T>,
    taskId?: string,
  ): Promise<T> {
    const id = taskId ?? `task-${Date.now().toString(36)}-${++this.counter}`;
    const controller = new AbortController();
    this.running.set(id, controller);
    let last: TaskProgress = { done: 0, total: null };
    const emit = (state: 'running' | 'done' | 'failed' | 'cancelled') =>
      this.events.emit('task.progress', {
        taskId: id,
        label: last.label ?? label,
        done: last.done,
        total: last.total,
        state,
      });
    emit('running');
    try {
      const result = await work({
        signal: controller.signal,
        report: (progress) => {
          last = progress;
          emit('running');
        },
      });
      emit('done');
      return result;
    } catch (error) {
      emit(controller.signal.aborted ? 'cancelled' : 'failed');
      if (controller.signal.aborted && !(error instanceof AppError)) throw cancelledError();
      throw error;
    } finally {
      this.running.delete(id);
    }
  }

  cancel(taskId: string): boolean {
    const controller = this.running.get(taskId);
    controller?.abort();
    return controller !== undefined;
  }

  cancelAll(): void {
    for (const controller of this.running.values()) controller.abort();
  }
}

export function cancelledError(): AppError {
  return new AppError('CANCELLED', {
    fr: 'Opération annulée.',
    en: 'Operation cancelled.',
  });
}

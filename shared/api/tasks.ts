import { z } from 'zod';
import { mutation } from './define';

export const tasksApi = {
  /** Asks a running task (scan, OCR, import) to stop; false when it already ended. */
  'tasks.cancel': mutation(
    z.object({ taskId: z.string().min(1).max(100) }),
    z.object({ cancelled: z.boolean() }),
  ),
};

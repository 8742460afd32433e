export const NODE_WORKER_QUERY: string;
export function nodeWorkerModuleSource(entry: string): string;

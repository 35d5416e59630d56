/**
 * The `process` global the bundled libraries and the CLI's modules look at (process.env in
 * libraries, process.stderr for the CLI's progress bar: the worker's stream, see worker.ts).
 */
export const process = {
  env: {} as Record<string, string | undefined>,
  platform: 'browser',
  version: '',
  versions: {},
  cwd: () => '.',
  nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => callback(...args)),
  get stderr() {
    return (globalThis as { chitieuProgressStream?: unknown }).chitieuProgressStream;
  },
};

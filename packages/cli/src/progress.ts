/**
 * A progress bar on standard error, shown only on a terminal (never in a pipe, a log or --json
 * output) and only for inputs large enough to make a user wait.
 */
export interface Progress {
  update(done: number, total: number, label: string): void;
  done(): void;
}

export const LARGE_INPUT_BYTES = 1024 * 1024;

export function progressBar(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = -1;
  return {
    update(done, total, label) {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const percent = Math.floor(share * 100);
      if (percent === last) return;
      last = percent;
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(
        `\r${label.padEnd(12)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}%`,
      );
    },
    done() {
      if (last >= 0) stream.write('\n');
    },
  };
}

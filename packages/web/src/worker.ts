/**
 * The page's worker: reads the file and builds the report off the main thread, with the CLI's
 * own `buildReport` (the same readers, limits, messages, layout and .xlsx writer) and its
 * `reportDocument` for the .docx. The chosen file lives in ./shims/fs.ts under its name.
 */
import { buildReport } from '@chitieu/cli/report';
import { reportDocument } from '@chitieu/templates/word';
import { files } from './shims/fs.js';
import type { FromWorker, ToWorker } from './protocol.js';

declare const self: {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

let current = { id: 0, name: '' };

/**
 * The CLI's progress bar writes "\rreading [####....]  42%" to a terminal for inputs of a
 * megabyte or more (packages/cli/src/progress.ts); scripts/build.ts points its stream here, so the
 * page shows the same steps at the same sizes.
 */
(globalThis as { chitieuProgressStream?: unknown }).chitieuProgressStream = {
  isTTY: true,
  write(text: string) {
    const match = /^\r(.*?)\s+\[[#.]*\]\s+(\d+)%$/u.exec(text);
    if (match) self.postMessage({ type: 'progress', id: current.id, label: match[1], percent: Number(match[2]) });
    return true;
  },
};

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'file') {
    files.clear();
    files.set(message.name, message.bytes);
    current = { id: 0, name: message.name };
    return;
  }
  current = { ...current, id: message.id };
  if (message.type === 'docx') {
    const bytes = await reportDocument(message.layout, { chart: message.chart });
    self.postMessage({ type: 'docx', id: message.id, bytes }, [bytes.buffer]);
    return;
  }
  let preview = '';
  const io = { out: () => undefined, err: (text: string) => void (preview += text), errIsTTY: true, cwd: '.' };
  const result = await buildReport({ ...message.choice, data: current.name, mode: message.mode }, io, true);
  if (result.ok)
    self.postMessage(
      {
        type: 'report',
        id: message.id,
        ok: true,
        layout: result.layout,
        bytes: result.bytes,
        problems: result.warnings,
        wide: result.wide,
        preview,
      },
      [result.bytes.buffer],
    );
  else
    self.postMessage({
      type: 'report',
      id: message.id,
      ok: false,
      problems: result.problems,
      wide: result.wide,
      preview,
    });
}

self.onmessage = (event) => {
  handle(event.data).catch((error: unknown) =>
    self.postMessage({
      type: 'failed',
      id: 'id' in event.data ? event.data.id : 0,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
};

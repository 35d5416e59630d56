/**
 * The wide-table reader as a bundle of its own (tablereader.js), loaded by the task pane the
 * first time the officer reads a table: its header words and rule tables are a third of the
 * pane, and Excel loads taskpane.js every time it starts the add-in (addin/test/bundle.test.ts).
 */
import { readWideTable } from '@chitieu/input';

/** The reader as the pane finds it once this bundle has run (see loadWideReader in excel.ts). */
export type WideReader = typeof readWideTable;

(globalThis as unknown as { chitieuWideReader: WideReader }).chitieuWideReader = readWideTable;

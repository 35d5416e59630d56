/// <reference types="office-js" />
/**
 * Entry of the task pane bundle: once Office is ready, render the pane in Office's display
 * language with the real workbook operations.
 */
import { displayLanguage } from '../functions/language.js';
import {
  addChart,
  insertLayout,
  insertSentences,
  loadWideReader,
  readActiveSheet,
  readSelection,
  readTable,
  selectCell,
  writeValues,
} from './excel.js';
import { mountTaskpane } from './ui.js';

Office.onReady(() => {
  const root = document.getElementById('app');
  if (root === null) return;
  mountTaskpane(root, {
    workbook: {
      readActiveSheet,
      insertLayout,
      addChart,
      readSelection,
      writeValues,
      insertSentences,
      loadWideReader,
      readTable,
      selectCell,
    },
    lang: displayLanguage(),
  });
});

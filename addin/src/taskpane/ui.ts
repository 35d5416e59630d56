/**
 * The task pane, rendered into a root element: read the officer's own table (tableSection.ts),
 * insert a report table from it or from the input sheet, chart percent of target, check the
 * selected range. Its dependencies are passed in (where templates come from, how the
 * workbook is changed, the language), so the same code runs in Excel and in the browser test
 * with Excel mocked.
 */
import type { Lang } from '../functions/excel.js';
import { checkRange, convertedValues, type Finding, type RangeSnapshot } from './check.js';
import { element, field, options } from './dom.js';
import type { WideReader } from './reader.js';
import type { AnswerStore, TableRead } from './table.js';
import { tableSection, type ReadTable } from './tableSection.js';
import { TEXTS } from './i18n.js';
import {
  chartRanges,
  layoutDataset,
  makeLayout,
  PERIOD_HINT,
  sentenceWrites,
  templateChoices,
  type InputSheet,
  type SheetLayout,
  type TemplateId,
} from './report.js';

/** What the task pane does to the workbook (excel.ts in Excel, a mock in the browser test). */
export interface WorkbookOps {
  readActiveSheet(): Promise<InputSheet>;
  insertLayout(layout: SheetLayout): Promise<string>;
  addChart(
    title: string,
    lineName: string,
    table?: { sheetName: string; categories: string; values: string },
  ): Promise<void>;
  readSelection(): Promise<RangeSnapshot>;
  writeValues(address: string, values: unknown[][]): Promise<void>;
  insertSentences(sheetName: string, writes: ReadonlyArray<{ address: string; value: string }>): Promise<void>;
  /** Reads the officer's own table (the selection, or the used range), changing nothing in it. */
  readTable(): Promise<TableRead>;
  selectCell(address: string): Promise<void>;
  /** The wide-table reader, loaded when first needed (a bundle of its own). */
  loadWideReader(): Promise<WideReader>;
}

export interface TaskpaneDeps {
  readonly workbook: WorkbookOps;
  /** Office's display language: the language of the pane. */
  readonly lang: Lang;
}

/** The webview's localStorage, where the pane remembers answers; undefined where it is turned off. */
function storage(): AnswerStore | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Renders the task pane into `root` and wires its buttons. */
export function mountTaskpane(root: HTMLElement, deps: TaskpaneDeps): void {
  const t = TEXTS[deps.lang];
  document.documentElement.lang = deps.lang;
  const status = element('p', { className: 'status', id: 'status' });
  status.setAttribute('role', 'status');
  const say = (text: string, failed = false) => {
    status.textContent = text;
    status.classList.toggle('error', failed);
  };
  const guard = (work: () => Promise<void>) => () => {
    work().catch((error: unknown) => say(t.failed(error instanceof Error ? error.message : String(error)), true));
  };

  // Insert a template, made from the input table on the active sheet.
  const templateSelect = element('select', { id: 'template' });
  options(
    templateSelect,
    templateChoices(deps.lang).map((tpl) => ({ value: tpl.id, label: tpl.title })),
  );
  const periodInput = element('input', { id: 'period', type: 'text' });
  const langSelect = element('select', { id: 'language' });
  options(langSelect, [
    { value: 'vi', label: 'Tiếng Việt' },
    { value: 'en', label: 'English' },
  ]);
  langSelect.value = deps.lang;
  const hint = () => {
    periodInput.placeholder = `${t.periodHint} ${PERIOD_HINT[templateSelect.value as TemplateId]}`;
  };
  templateSelect.addEventListener('change', hint);
  hint();
  // Where the report's figures come from: the chitieu input sheet, or the officer's table just read.
  const sourceSelect = element('select', { id: 'source' });
  let readyTable: ReadTable | null = null;
  let tableRead: string | null = null;
  /** The choices of where the figures come from; a table newly read becomes the choice. */
  const sources = (tableAddress: string | null) => {
    const chosen = tableAddress === tableRead ? sourceSelect.value : tableAddress === null ? 'sheet' : 'table';
    tableRead = tableAddress;
    options(sourceSelect, [
      { value: 'sheet', label: t.table.sourceSheet },
      ...(tableAddress === null ? [] : [{ value: 'table', label: t.table.sourceTable(tableAddress) }]),
    ]);
    sourceSelect.value = chosen;
  };
  sources(null);
  const problems = element('pre', { id: 'problems', hidden: true });
  let inserted: { sheetName: string; categories: string; values: string } | undefined;
  let insertedTable: { sheetName: string; layout: SheetLayout } | undefined;
  const insertButton = element('button', { id: 'insert', type: 'button', textContent: t.insert });
  insertButton.addEventListener(
    'click',
    guard(async () => {
      const templateId = templateSelect.value as TemplateId;
      const reportLang = langSelect.value as Lang;
      if (sourceSelect.value === 'table' && readyTable === null) {
        problems.hidden = true;
        say(t.table.notInserted, true);
        return;
      }
      const outcome =
        sourceSelect.value === 'table' && readyTable !== null
          ? layoutDataset(templateId, readyTable.dataset, periodInput.value, reportLang, readyTable.address)
          : makeLayout(templateId, await deps.workbook.readActiveSheet(), periodInput.value, reportLang);
      problems.hidden = outcome.ok;
      if (!outcome.ok) {
        problems.textContent = outcome.problems;
        say(t.notInserted, true);
        return;
      }
      const sheetName = await deps.workbook.insertLayout(outcome.layout);
      const ranges = chartRanges(outcome.layout);
      inserted = ranges === undefined ? undefined : { sheetName, ...ranges };
      insertedTable = { sheetName, layout: outcome.layout };
      say(t.inserted(sheetName));
    }),
  );
  const insertSection = element('section', { id: 'insert-section' }, [
    element('h2', { textContent: t.insertHeading }),
    element('p', { className: 'hint', textContent: t.insertHelp }),
    field(t.table.source, sourceSelect),
    field(t.template, templateSelect),
    field(t.period, periodInput),
    field(t.language, langSelect),
    insertButton,
    problems,
  ]);

  // Chart: the table just inserted, or the selection.
  const chartButton = element('button', { id: 'chart', type: 'button', textContent: t.chart });
  chartButton.addEventListener(
    'click',
    guard(async () => {
      await deps.workbook.addChart(t.chartTitle, t.target100, inserted);
      say(t.charted);
    }),
  );
  const chartSection = element('section', {}, [
    element('h2', { textContent: t.chartHeading }),
    element('p', { className: 'hint', textContent: t.chartHelp }),
    chartButton,
  ]);

  // The assessment sentences of the table just inserted, under it.
  const sentencesButton = element('button', { id: 'sentences', type: 'button', textContent: t.sentences });
  sentencesButton.addEventListener(
    'click',
    guard(async () => {
      if (insertedTable === undefined) {
        say(t.noTable, true);
        return;
      }
      const writes = sentenceWrites(insertedTable.layout);
      await deps.workbook.insertSentences(insertedTable.sheetName, writes);
      say(t.sentencesInserted(writes.length - 1));
    }),
  );
  const sentencesSection = element('section', {}, [
    element('h2', { textContent: t.sentencesHeading }),
    element('p', { className: 'hint', textContent: t.sentencesHelp }),
    sentencesButton,
  ]);

  // Check.
  const list = element('ul', { id: 'findings' });
  const convertButton = element('button', { id: 'convert', type: 'button', hidden: true });
  let checked: { range: RangeSnapshot; findings: Finding[] } | null = null;
  const checkButton = element('button', { id: 'check', type: 'button', textContent: t.check });
  checkButton.addEventListener(
    'click',
    guard(async () => {
      const range = await deps.workbook.readSelection();
      const findings = checkRange(range);
      checked = { range, findings };
      list.replaceChildren(
        ...findings.map((f) =>
          element('li', {}, [
            element('code', { textContent: f.address.slice(f.address.lastIndexOf('!') + 1) }),
            ` ${t.findings[f.kind]}${f.shown ? `: ${f.shown}` : ''}`,
          ]),
        ),
      );
      const convertible = findings.filter((f) => f.kind === 'textNumber').length;
      convertButton.hidden = convertible === 0;
      convertButton.textContent = t.convert(convertible);
      say(findings.length === 0 ? t.noFindings : '');
    }),
  );
  convertButton.addEventListener(
    'click',
    guard(async () => {
      if (checked === null) return;
      const count = checked.findings.filter((f) => f.kind === 'textNumber').length;
      await deps.workbook.writeValues(checked.range.address, convertedValues(checked.range, checked.findings));
      convertButton.hidden = true;
      say(t.converted(count));
    }),
  );
  const checkSection = element('section', {}, [
    element('h2', { textContent: t.checkHeading }),
    element('p', { className: 'hint', textContent: t.checkHelp }),
    checkButton,
    list,
    convertButton,
  ]);

  const ownTable = tableSection({
    t,
    lang: deps.lang,
    readTable: () => deps.workbook.readTable(),
    selectCell: (address) => deps.workbook.selectCell(address),
    loadReader: () => deps.workbook.loadWideReader(),
    guard,
    say,
    store: storage(),
    onReading: (address, ready) => {
      readyTable = ready;
      sources(address);
    },
  });

  root.replaceChildren(
    element('header', {}, [element('h1', { textContent: t.title }), element('p', { textContent: t.intro })]),
    ownTable,
    insertSection,
    chartSection,
    sentencesSection,
    checkSection,
    status,
  );
}

/**
 * "Read my own table": the task pane reads the officer's table as it is (an annex of last
 * year's report, a yearbook table) with the templates' wide-table reader, the same reader as
 * `chitieu import` and `chitieu report -d`, and shows what it found before anything is written:
 * the columns and what each holds, the periods, groups and targets, every indicator's kind and
 * direction with the rule that decided it, and what the rules could not decide, as questions
 * answered here with a dropdown (each with its cell, a click selects it). A kind or direction a
 * rule got wrong can be changed the same way. Nothing is written to the officer's sheet; the
 * report is inserted into a new sheet by the insert section.
 */
import {
  DIRECTIONS,
  INPUT_COLUMNS,
  KINDS,
  type Dataset,
  type Decision,
  type IndicatorKind,
  type WideGrid,
  type WideIndicator,
  type WideReading,
} from '@chitieu/input';
import type { Lang } from '../functions/excel.js';
import { element } from './dom.js';
import type { Texts } from './i18n.js';
import type { WideReader } from './reader.js';
import {
  answerKey,
  answersMapping,
  MAX_TABLE_CELLS,
  readingDataset,
  remember,
  rememberedAnswers,
  sheetCell,
  wideGrid,
  type AnswerStore,
  type Asks,
  type PlacedProblem,
  type TableRead,
  type TableSnapshot,
} from './table.js';

/** The table read, when it can be reported on: no open question and no error. */
export interface ReadTable {
  /** The range read, as the officer sees it (`'Phụ lục'!A1:J24`). */
  readonly address: string;
  readonly reading: WideReading;
  readonly dataset: Dataset;
}

export interface TableSectionDeps {
  readonly t: Texts;
  readonly lang: Lang;
  readTable(): Promise<TableRead>;
  selectCell(address: string): Promise<void>;
  /** The wide-table reader (the templates' readWideTable), loaded when first needed. */
  loadReader(): Promise<WideReader>;
  /** Runs a click's work, saying what failed in the pane's status line. */
  guard(work: () => Promise<void>): () => void;
  say(text: string, failed?: boolean): void;
  /** Called with each new reading: the range read, and the table if it is ready to report on. */
  onReading(address: string, ready: ReadTable | null): void;
  /** Where answers are remembered between readings (the webview's localStorage). */
  readonly store?: AnswerStore;
}

/** The words of a kind in the pane's language: Vietnamese as `chitieu init` offers them, else the token. */
function kindWord(kind: IndicatorKind, lang: Lang): string {
  const words = INPUT_COLUMNS.find((c) => c.name === 'kind')?.words;
  return lang === 'vi' ? (words?.[kind] ?? kind) : kind;
}

/** The section, with its button, preview and questions. */
export function tableSection(deps: TableSectionDeps): HTMLElement {
  const { lang } = deps;
  const words = deps.t.table;
  const preview = element('div', { id: 'preview', hidden: true });
  const summary = element('div', { id: 'preview-summary' });
  const readiness = element('p', { id: 'table-status', className: 'status' });
  // Shown by the section; the pane's status line (a live region) says the same to a screen reader.
  const questionList = element('ul', { id: 'questions', className: 'questions' });
  const questionBlock = element('div', { hidden: true }, [
    element('h3', { textContent: words.questions }),
    element('p', { className: 'hint', textContent: words.questionsHelp }),
    questionList,
  ]);
  const body = element('div', { id: 'preview-body' });
  preview.append(summary, readiness, questionBlock, body);

  let snapshot: TableSnapshot | null = null;
  let grid: WideGrid | null = null;
  let readWideTable: WideReader | null = null;
  /** Which table of the range is read (1: the first), when the range holds more than one. */
  let tableNumber = 1;
  /** The indicators of the first reading of this range: what can be answered. */
  let indicators: WideIndicator[] = [];
  const answers = new Map<string, string>();
  /** Answers taken from an earlier reading and not changed since: marked so in their dropdown. */
  const remembered = new Set<string>();
  /** The indicators whose "change" box is open, kept open when the preview is drawn again. */
  const opened = new Set<number>();

  /** A button naming a cell of the officer's sheet; a click selects it there. */
  const cellButton = (address: string) => {
    const shown = address.slice(address.lastIndexOf('!') + 1);
    const button = element('button', { type: 'button', className: 'cell', textContent: shown });
    button.setAttribute('aria-label', words.selectCell(shown));
    button.addEventListener(
      'click',
      deps.guard(() => deps.selectCell(address)),
    );
    return button;
  };
  const heading = (text: string) => element('h3', { textContent: text });
  const list = (id: string, items: Node[]) => element('ul', { id, className: 'preview-list' }, items);
  const item = (cell: string | null, parts: Array<Node | string>) =>
    element('li', {}, cell === null ? parts : [cellButton(cell), ' ', ...parts]);
  const because = (text: string) => element('span', { className: 'because', textContent: ` (${text})` });

  /** A kind or a direction as decided: the value, who decided it (the sheet, an answer, a rule) and why. */
  const decision = <T extends string>(d: Decision<T>, word: (value: T) => string) => {
    if (d.value === null || d.by === null)
      return element('strong', { className: 'undecided', textContent: words.undecided });
    const why = d.by === 'mapping' ? words.decidedBy.mapping : `${words.decidedBy[d.by]}: ${d.because[lang]}`;
    return element('span', {}, [word(d.value), because(why)]);
  };

  /** A dropdown of the kinds or the directions for an indicator, bound to its answer. */
  const answerSelect = (indicator: WideIndicator, asks: Asks, id: string) => {
    const key = answerKey(indicator.row, asks);
    const select = element('select', { id });
    const choices =
      asks === 'kind'
        ? KINDS.map((kind) => ({ value: kind, label: kindWord(kind, lang) }))
        : DIRECTIONS.map((direction) => ({ value: direction, label: words.directions[direction] }));
    select.replaceChildren(
      element('option', { value: '', textContent: words.choose }),
      ...choices.map((c) => element('option', { value: c.value, textContent: c.label })),
    );
    select.value = answers.get(key) ?? '';
    select.setAttribute(
      'aria-label',
      `${words.asks[asks]}: ${indicator.name}${indicator.unit === '' ? '' : ` (${indicator.unit})`}`,
    );
    select.dataset.key = key;
    select.addEventListener('change', () => {
      answers.set(key, select.value);
      remembered.delete(key);
      remember(indicator, asks, select.value, deps.store);
      readAgain();
    });
    return select;
  };
  const rememberedMark = (key: string) => {
    const mark = element('span', { className: 'because remembered', textContent: ` (${words.remembered})` });
    mark.dataset.key = key;
    mark.hidden = !remembered.has(key);
    return mark;
  };

  /** An indicator of the preview: its name and unit, kind and direction with why, and a box to change them. */
  const indicatorItem = (indicator: WideIndicator, sheet: string) => {
    const change = element('details', { className: 'change', open: opened.has(indicator.row) }, [
      element('summary', { textContent: words.change }),
      ...(['kind', 'direction'] as const).map((asks) =>
        element('label', {}, [
          element('span', { textContent: words.asks[asks] }),
          answerSelect(indicator, asks, `change-${indicator.row}-${asks}`),
        ]),
      ),
    ]);
    change.dataset.row = String(indicator.row);
    const named = indicator.unit === '' ? indicator.name : `${indicator.name} (${indicator.unit})`;
    return item(sheetCell(sheet, indicator.cell), [
      element('span', { className: 'name', textContent: named }),
      element('br'),
      decision(indicator.kind, (kind) => kindWord(kind, lang)),
      '; ',
      decision(indicator.direction, (direction) => words.directions[direction]),
      change,
    ]);
  };

  /** When the range holds several tables (a yearbook sheet with two): which one is read. */
  const tableChoice = (tables: number) => {
    const select = element('select', { id: 'table-number' });
    select.replaceChildren(
      ...Array.from({ length: tables }, (_, i) =>
        element('option', { value: String(i + 1), textContent: words.tableOf(i + 1, tables) }),
      ),
    );
    select.value = String(tableNumber);
    select.addEventListener('change', () => start(Number(select.value)));
    return element('label', {}, [element('span', { textContent: words.tables(tables) }), select]);
  };

  /** Draws a reading (all but the questions, which stay while they are answered). */
  const render = (reading: WideReading, problems: readonly PlacedProblem[]) => {
    const found = reading.preview;
    const at = (cell: string) => sheetCell(found.sheet, cell);
    summary.replaceChildren(
      element('p', {
        textContent: words.summary(
          snapshot?.address ?? found.sheet,
          found.indicators.length,
          reading.table.rows.length,
        ),
      }),
      ...(snapshot?.wholeSheet === true ? [element('p', { className: 'hint', textContent: words.wholeSheet })] : []),
      ...(snapshot?.merges === null
        ? [element('p', { className: 'note', id: 'no-merges', textContent: words.noMerges })]
        : []),
      ...(found.sheetUnit === null
        ? []
        : [element('p', { id: 'sheet-unit', textContent: words.sheetUnit(found.sheetUnit) })]),
      element('p', { id: 'number-locale', textContent: words.numbers(found.numbers) }),
      ...(found.tables > 1 ? [tableChoice(found.tables)] : []),
    );
    const parts: Node[] = [
      heading(words.columns),
      list(
        'preview-columns',
        found.columns.map((c) =>
          item(at(c.cell), [
            element('q', { textContent: c.header }),
            ` → ${words.roles[c.role]}`,
            c.period === undefined ? '' : ` ${c.period}`,
            c.figureStatus === 'estimate' ? ` (${words.estimate})` : '',
            c.scope === undefined ? '' : ` (${words.scopes[c.scope]})`,
            c.hidden === true ? ` [${words.hidden}]` : '',
            because(c.because[lang]),
          ]),
        ),
      ),
      heading(words.periods),
      element('p', { id: 'preview-periods', textContent: found.periods.join(', ') }),
    ];
    if (found.groups.length > 0)
      parts.push(
        heading(words.groups),
        list(
          'preview-groups',
          found.groups.map((g) => item(at(g.cell), [g.name])),
        ),
      );
    if (found.targets.length > 0)
      parts.push(
        heading(words.targets),
        list(
          'preview-targets',
          found.targets.map((target) =>
            item(at(target.cell), [
              element('q', { textContent: target.header }),
              ` → ${target.period} (${words.scopes[target.scope]})`,
            ]),
          ),
        ),
      );
    parts.push(
      heading(words.indicators),
      list(
        'preview-indicators',
        found.indicators.map((indicator) => indicatorItem(indicator, found.sheet)),
      ),
    );
    if (problems.length > 0)
      parts.push(
        heading(words.problems),
        list(
          'table-problems',
          problems.map((p) =>
            item(p.cell, [p.severity === 'warning' ? `${words.warning}: ${p.message[lang]}` : p.message[lang]]),
          ),
        ),
      );
    if (found.skipped.length > 0)
      parts.push(
        heading(words.skipped),
        list(
          'preview-skipped',
          found.skipped.map((s) => item(at(s.cell), [s.because[lang]])),
        ),
      );
    body.replaceChildren(...parts);
  };

  /** Reads the grid again with the answers given so far, draws it, and says whether it is ready. */
  const readAgain = () => {
    if (grid === null || snapshot === null || readWideTable === null) return;
    // The control being answered keeps the keyboard focus when the preview is drawn again.
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    // The boxes open now stay open (read from the page: a toggle event would come after the next key).
    opened.clear();
    for (const box of Array.from(body.querySelectorAll<HTMLDetailsElement>('details.change[open]')))
      opened.add(Number(box.dataset.row));
    const reading = readWideTable(grid, {
      table: tableNumber,
      mapping: answersMapping(indicators, answers),
    });
    const { dataset, problems } = readingDataset(reading);
    render(reading, problems);
    const open = new Set(reading.questions.map((q) => answerKey(q.row, q.asks)));
    for (const li of Array.from(questionList.children)) {
      const key = (li as HTMLElement).dataset.key ?? '';
      li.classList.toggle('answered', !open.has(key));
      const select = li.querySelector('select');
      if (select !== null) select.value = answers.get(key) ?? '';
    }
    for (const mark of Array.from(preview.querySelectorAll<HTMLElement>('.remembered')))
      mark.hidden = !remembered.has(mark.dataset.key ?? '');
    if (focused !== '') document.getElementById(focused)?.focus();
    const errors = problems.filter((p) => p.severity === 'error').length;
    const ready = open.size === 0 && errors === 0 && dataset.records.length > 0;
    deps.onReading(snapshot.address, ready ? { address: snapshot.address, reading, dataset } : null);
    const text = ready ? words.ready : words.notReady(open.size, errors);
    readiness.textContent = text;
    readiness.classList.toggle('error', !ready);
    deps.say(text, !ready);
  };

  /** The first reading of table `table` of the range read: its questions, and the answers kept from earlier readings. */
  const start = (table: number) => {
    if (grid === null || readWideTable === null) return;
    tableNumber = table;
    const first = readWideTable(grid, { table });
    indicators = first.preview.indicators;
    answers.clear();
    remembered.clear();
    body.replaceChildren();
    for (const [key, answer] of rememberedAnswers(indicators, deps.store)) {
      answers.set(key, answer);
      remembered.add(key);
    }
    const sheet = first.preview.sheet;
    questionList.replaceChildren(
      ...first.questions.flatMap((q) => {
        const indicator = indicators.find((i) => i.row === q.row);
        if (indicator === undefined) return [];
        const key = answerKey(q.row, q.asks);
        const li = element('li', {}, [
          cellButton(sheetCell(sheet, q.cell)),
          ' ',
          element('span', {
            textContent: `${words.asks[q.asks]}: ${q.indicator}${q.unit === '' ? '' : ` (${q.unit})`}`,
          }),
          element('br'),
          element('span', { className: 'hint', textContent: words.why[q.asks] }),
          answerSelect(indicator, q.asks, `answer-${q.row}-${q.asks}`),
          rememberedMark(key),
        ]);
        li.dataset.key = key;
        return [li];
      }),
    );
    questionBlock.hidden = first.questions.length === 0;
    preview.hidden = false;
    readAgain();
  };

  const readButton = element('button', { id: 'read-table', type: 'button', textContent: words.read });
  readButton.addEventListener(
    'click',
    deps.guard(async () => {
      readWideTable ??= await deps.loadReader();
      const read = await deps.readTable();
      if (!read.ok) {
        preview.hidden = true;
        deps.say(words.tooLarge(read.address, read.cells, MAX_TABLE_CELLS), true);
        return;
      }
      snapshot = read.table;
      grid = wideGrid(snapshot);
      start(1);
    }),
  );

  return element('section', { id: 'table-section' }, [
    element('h2', { textContent: words.heading }),
    element('p', { className: 'hint', textContent: words.help }),
    readButton,
    preview,
  ]);
}

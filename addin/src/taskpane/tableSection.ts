/**
 * "Read my own table": the task pane reads the officer's table as it is (an annex of last
 * year's report, a yearbook table) with the templates' wide-table reader, the same reader as
 * `chitieu import` and `chitieu report -d`, and shows what it found before anything is written:
 * the columns and what each holds, the periods, groups and targets, every indicator's kind and
 * direction with the rule that decided it, and what the rules could not decide, as questions
 * answered here with a dropdown (each with its cell, a click selects it). Nothing is written to
 * the officer's sheet; the report is inserted into a new sheet by the insert section.
 */
import type { Lang } from '../functions/excel.js';
import { element } from './dom.js';
import type { Texts } from './i18n.js';
import {
  answerKey,
  answersMapping,
  readingDataset,
  remember,
  rememberedAnswers,
  sheetCell,
  wideGrid,
  type AnswerStore,
  type PlacedProblem,
  type TableSnapshot,
} from './table.js';
import {
  DIRECTIONS,
  INPUT_COLUMNS,
  KINDS,
  readWideTable,
  type Dataset,
  type Decision,
  type IndicatorKind,
  type Label,
  type WideGrid,
  type WideQuestion,
  type WideReading,
} from '@chitieu/templates';

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
  readTable(): Promise<TableSnapshot>;
  selectCell(address: string): Promise<void>;
  /** Runs a click's work, saying what failed in the pane's status line. */
  guard(work: () => Promise<void>): () => void;
  say(text: string, failed?: boolean): void;
  /** Called with each new reading: the table ready to report on, or null while it is not. */
  onReading(address: string | null, ready: ReadTable | null): void;
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
  preview.setAttribute('aria-live', 'polite');
  const questionList = element('ul', { id: 'questions', className: 'questions' });
  const questionBlock = element('div', { hidden: true }, [
    element('h3', { textContent: words.questions }),
    element('p', { className: 'hint', textContent: words.questionsHelp }),
    questionList,
  ]);
  const summary = element('div', { id: 'preview-summary' });
  const readiness = element('p', { id: 'table-status', className: 'status' });
  const body = element('div', { id: 'preview-body' });
  preview.append(summary, readiness, questionBlock, body);

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
  const because = (label: Label) => element('span', { className: 'because', textContent: ` (${label[lang]})` });
  /** A kind or a direction as decided: the value, who decided it (the sheet, an answer, a rule) and why. */
  const decision = <T extends string>(d: Decision<T>, word: (value: T) => string) =>
    d.value === null || d.by === null
      ? element('strong', { className: 'undecided', textContent: words.undecided })
      : element('span', {}, [
          word(d.value),
          element('span', { className: 'because', textContent: ` (${words.decidedBy[d.by]}: ${d.because[lang]})` }),
        ]);

  let grid: WideGrid | null = null;
  let asked: WideQuestion[] = [];
  const answers = new Map<string, string>();
  let snapshot: TableSnapshot | null = null;

  /** Renders a reading (all but the questions, which keep their focus while answered). */
  const render = (reading: WideReading, problems: readonly PlacedProblem[]) => {
    const { preview: found } = reading;
    const sheet = found.sheet;
    const at = (cell: string) => sheetCell(sheet, cell);
    summary.replaceChildren(
      element('p', {
        textContent: words.summary(snapshot?.address ?? sheet, found.indicators.length, reading.table.rows.length),
      }),
      ...(snapshot?.wholeSheet === true ? [element('p', { className: 'hint', textContent: words.wholeSheet })] : []),
      ...(snapshot?.merges === null
        ? [element('p', { className: 'note', id: 'no-merges', textContent: words.noMerges })]
        : []),
    );
    const parts: Node[] = [];
    parts.push(
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
            because(c.because),
          ]),
        ),
      ),
      heading(words.periods),
      element('p', { id: 'preview-periods', textContent: found.periods.join(', ') }),
    );
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
        found.indicators.map((ind) =>
          item(at(ind.cell), [
            element('span', {
              className: 'name',
              textContent: ind.unit === '' ? ind.name : `${ind.name} (${ind.unit})`,
            }),
            element('br'),
            decision(ind.kind, (kind) => kindWord(kind, lang)),
            '; ',
            decision(ind.direction, (direction) => words.directions[direction]),
          ]),
        ),
      ),
    );
    if (problems.length > 0)
      parts.push(
        heading(words.problems),
        list(
          'table-problems',
          problems.map((p) => item(p.cell, [p.message[lang]])),
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

  /** Reads the grid again with the answers given so far, renders it, and says whether it is ready. */
  const readAgain = () => {
    if (grid === null) return;
    const reading = readWideTable(grid, { numberLocale: 'vi', mapping: answersMapping(asked, answers) });
    const { dataset, problems } = readingDataset(reading);
    render(reading, problems);
    for (const li of Array.from(questionList.children))
      li.classList.toggle('answered', !reading.questions.some((q) => answerKey(q) === (li as HTMLElement).dataset.key));
    const errors = problems.filter((p) => p.severity === 'error').length;
    const open = reading.questions.length;
    const address = snapshot?.address ?? null;
    const ready = open === 0 && errors === 0 && dataset.records.length > 0;
    deps.onReading(address, ready ? { address: address ?? reading.preview.sheet, reading, dataset } : null);
    const text = ready ? words.ready : words.notReady(open, errors);
    readiness.textContent = text;
    readiness.classList.toggle('error', !ready);
    deps.say(text, !ready);
  };

  /** One question: its cell, what it asks, and a dropdown of the answers (kinds or directions). */
  const question = (q: WideQuestion, sheet: string) => {
    const key = answerKey(q);
    const select = element('select', { id: `answer-${q.row}-${q.asks}` });
    const choices =
      q.asks === 'kind'
        ? KINDS.map((kind) => ({ value: kind, label: kindWord(kind, lang) }))
        : DIRECTIONS.map((direction) => ({ value: direction, label: words.directions[direction] }));
    select.replaceChildren(
      element('option', { value: '', textContent: words.choose }),
      ...choices.map((c) => element('option', { value: c.value, textContent: c.label })),
    );
    select.value = answers.get(key) ?? '';
    const remembered = element('span', { className: 'because', textContent: ` (${words.remembered})` });
    remembered.hidden = select.value === '';
    const label = `${words.asks[q.asks]}: ${q.indicator}${q.unit === '' ? '' : ` (${q.unit})`}`;
    select.setAttribute('aria-label', label);
    select.addEventListener('change', () => {
      answers.set(key, select.value);
      remember(q, select.value, deps.store);
      remembered.hidden = true;
      readAgain();
    });
    const li = element('li', {}, [
      cellButton(sheetCell(sheet, q.cell)),
      ' ',
      element('span', { textContent: label }),
      element('br'),
      element('span', { className: 'hint', textContent: words.why[q.asks] }),
      select,
      remembered,
    ]);
    li.dataset.key = key;
    return li;
  };

  const readButton = element('button', { id: 'read-table', type: 'button', textContent: words.read });
  readButton.addEventListener(
    'click',
    deps.guard(async () => {
      snapshot = await deps.readTable();
      grid = wideGrid(snapshot, snapshot.workbook);
      const first = readWideTable(grid, { numberLocale: 'vi' });
      asked = first.questions;
      answers.clear();
      for (const [key, answer] of rememberedAnswers(asked, deps.store)) answers.set(key, answer);
      questionList.replaceChildren(...asked.map((q) => question(q, first.preview.sheet)));
      questionBlock.hidden = asked.length === 0;
      preview.hidden = false;
      readAgain();
    }),
  );

  return element('section', { id: 'table-section' }, [
    element('h2', { textContent: words.heading }),
    element('p', { className: 'hint', textContent: words.help }),
    readButton,
    preview,
  ]);
}

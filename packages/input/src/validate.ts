import { isChitieuError, parseLocaleNumber, parseTarget, type ParsedTarget } from '@chitieu/core';
import {
  columnOfHeader,
  DIRECTIONS,
  FIGURE_STATUSES,
  INPUT_COLUMNS,
  KINDS,
  offered,
  PERIOD_PATTERN,
  readScope,
  readToken,
  TARGET_SCOPES,
  type FigureStatus,
  type IndicatorKind,
  type InputColumn,
} from './schema.js';
import { coreReason, problem, type Problem } from './problems.js';
import type { Dataset, InputRecord, Period, RowTable } from './records.js';
import type { Label } from '@chitieu/words';

/** Kinds whose values count things (people, communes): never below zero. */
const COUNTED = ['count', 'population', 'covered'] as const;

export interface ValidateOptions {
  /** How numbers typed as text are read: `vi` (8,56 and 20.000, default) or `en` (8.56 and 20,000). */
  numberLocale?: 'vi' | 'en';
  /** Called every few thousand rows, for a progress bar on large inputs. */
  onProgress?: (done: number, total: number) => void;
}

export interface ValidationResult {
  dataset: Dataset;
  problems: Problem[];
}

/**
 * Checks every cell of an input table against the documented layout and turns the rows into
 * typed records. Every problem is collected (nothing stops at the first); a row with a problem
 * is left out of the records, so a caller must not render when `problems` holds an error.
 */
export function validateTable(table: RowTable, options: ValidateOptions = {}): ValidationResult {
  const locale = options.numberLocale ?? 'vi';
  const problems: Problem[] = [];
  const records: InputRecord[] = [];
  const at = (row: number | null, column: string | null) => ({ file: table.file, sheet: table.sheet, row, column });
  // Each header as the column it names: "Đơn vị tính" and "unit" are the same column.
  const header = table.header.map((h) => {
    const written = String(h ?? '')
      .trim()
      .toLowerCase();
    return columnOfHeader(written)?.name ?? written;
  });
  if (header.every((h) => h === '') && table.rows.length === 0) {
    problems.push(
      problem('error', 'empty-file', at(null, null), {
        vi: 'tệp trống: không có dòng tiêu đề nào',
        en: 'the file is empty: there is no header row',
      }),
    );
    return { dataset: { file: table.file, records }, problems };
  }
  const index = new Map<string, number>();
  header.forEach((name, k) => index.set(name, k));
  for (const column of INPUT_COLUMNS) {
    if (column.required && !index.has(column.name)) {
      problems.push(
        problem('error', 'missing-column', at(1, column.name), {
          vi: `thiếu cột "${column.name}" (${column.description.vi})`,
          en: `the column "${column.name}" is missing (${column.description.en})`,
        }),
      );
    }
  }
  if (problems.length > 0) return { dataset: { file: table.file, records }, problems };

  const seen = new Map<string, number>();
  const identity = new Map<string, { row: number; text: string }>();
  // A panel repeats an indicator's name, unit, target and source on every row: one copy each,
  // shared by the records (they are never changed), so memory follows the rows, not their text.
  const shared = new Sharing();
  let done = 0;
  for (const raw of table.rows) {
    if (options.onProgress && done % 5000 === 0) options.onProgress(done, table.rows.length);
    done++;
    const cell = (name: string) => {
      const k = index.get(name);
      return k === undefined ? null : (raw.cells[k] ?? null);
    };
    const text = (name: string) => {
      const value = cell(name);
      return value === null ? '' : shared.text(String(value).trim());
    };
    const before = problems.length;
    const bad = (reason: Problem['reason'], column: string, vi: string, en: string) =>
      problems.push(problem('error', reason, at(raw.row, column), { vi, en }));

    const code = text('code');
    if (code === '') bad('blank-required', 'code', 'mã chỉ tiêu để trống', 'the indicator code is blank');
    else if (!/^[\p{L}\p{N}_.-]+$/u.test(code))
      bad(
        'bad-code',
        'code',
        `mã chỉ tiêu "${code}" chỉ được gồm chữ, số, _ . -`,
        `the indicator code "${code}" may only hold letters, digits, _ . -`,
      );
    const nameVi = text('indicator_vi');
    if (nameVi === '')
      bad(
        'blank-required',
        'indicator_vi',
        'tên chỉ tiêu (tiếng Việt) để trống',
        'the indicator name (Vietnamese) is blank',
      );
    const direction = readToken(columnNamed('direction'), text('direction')) ?? '';
    if (!(DIRECTIONS as readonly string[]).includes(direction)) {
      bad(
        'bad-direction',
        'direction',
        `hướng "${text('direction')}" không hợp lệ: dùng ${offered(columnNamed('direction'), 'vi').join(' hoặc ')} (higher, lower)`,
        `direction "${text('direction')}" is not valid: use higher or lower`,
      );
    }
    const kind = readToken(columnNamed('kind'), text('kind')) ?? '';
    if (!(KINDS as readonly string[]).includes(kind)) {
      bad(
        'bad-kind',
        'kind',
        `loại "${text('kind')}" không hợp lệ: dùng ${offered(columnNamed('kind'), 'vi').join(', ')}`,
        `kind "${text('kind')}" is not valid: use ${KINDS.join(', ')}`,
      );
    }
    // "Ước 2025", "2024 (sơ bộ)": the period with the figure's status written in it.
    const periodCell = statusIn(text('period'));
    const period = shared.once(`p${periodCell.rest}`, () => readPeriod(periodCell.rest));
    if (period === null)
      bad(
        'bad-period',
        'period',
        `kỳ "${text('period')}" không hợp lệ: dùng 2024, 2021-2025, 2025-Q3 hoặc 2025-9M (có thể kèm tình trạng: Ước 2025, Sơ bộ 2024)`,
        `period "${text('period')}" is not valid: use 2024, 2021-2025, 2025-Q3 or 2025-9M (a status may go with it: Ước 2025, Sơ bộ 2024)`,
      );

    const unit = text('unit');
    const percentUnit = unit.startsWith('%');
    // "93,8 (ước)": the figure with its status after it.
    const valueCell =
      typeof cell('value') === 'string' ? statusIn(text('value')) : { rest: cell('value'), status: null };
    const value = readValue(valueCell.rest, raw.percent?.[index.get('value') ?? -1] ?? false, percentUnit, locale);
    if (typeof value === 'object' && value !== null) bad('bad-number', 'value', value.vi, value.en);
    else if (typeof value === 'number' && value < 0 && (COUNTED as readonly string[]).includes(kind)) {
      // People, communes, petitions: a count below zero is a typing slip, never a figure to judge.
      bad(
        'negative-count',
        'value',
        `${kind === 'population' ? 'dân số' : kind === 'covered' ? 'số người tham gia' : 'số đếm'} không được âm (nhận được ${text('value')})`,
        `${kind === 'population' ? 'a population' : kind === 'covered' ? 'a number of people covered' : 'a count'} cannot be negative (got ${text('value')})`,
      );
    }

    const targetText = normaliseTarget(text('target'), percentUnit);
    let target: ParsedTarget | null = null;
    if (targetText !== '') {
      const parsed = shared.once(`t${targetText}`, () => parseTarget(targetText, locale));
      if (isChitieuError(parsed))
        bad(
          'bad-target',
          'target',
          `không đọc được chỉ tiêu "${targetText}": ${coreReason(parsed).vi}`,
          `cannot read the target "${targetText}": ${coreReason(parsed).en}`,
        );
      else target = parsed;
      // "95% trở lên" means higher is better: a row saying lower contradicts its own target.
      const implied = isChitieuError(parsed)
        ? null
        : parsed.kind === 'floor'
          ? 'higher'
          : parsed.kind === 'ceiling'
            ? 'lower'
            : null;
      if (implied && (DIRECTIONS as readonly string[]).includes(direction) && implied !== direction) {
        bad(
          'direction-conflict',
          'direction',
          `chỉ tiêu "${targetText}" nghĩa là ${implied === 'higher' ? 'càng cao càng tốt (higher)' : 'càng thấp càng tốt (lower)'}, nhưng cột direction ghi ${direction}`,
          `the target "${targetText}" means ${implied} is better, but direction says ${direction}`,
        );
      }
    }
    const targetScope = readScope(text('target_scope'));
    if (targetScope === undefined)
      bad(
        'bad-scope',
        'target_scope',
        `phạm vi chỉ tiêu "${text('target_scope')}" không hợp lệ: dùng term (nhiệm kỳ), year (năm) hoặc quarter (quý), hoặc để trống`,
        `target scope "${text('target_scope')}" is not valid: use ${TARGET_SCOPES.join(', ')}, or leave it blank`,
      );
    else if (targetScope === 'quarter' && period !== null && period.type !== 'quarter')
      bad(
        'bad-scope',
        'target_scope',
        `chỉ tiêu quý phải ghi ở dòng có kỳ là một quý (2025-Q3), không phải ${period.text}`,
        `a quarter's target belongs on a quarter row (2025-Q3), not on ${period.text}`,
      );
    const statusColumn =
      text('figure_status') === '' ? null : readToken(columnNamed('figure_status'), text('figure_status'));
    if (statusColumn === undefined)
      bad(
        'bad-figure-status',
        'figure_status',
        `tình trạng số liệu "${text('figure_status')}" không hợp lệ: dùng ${offered(columnNamed('figure_status'), 'vi').join(', ')}, hoặc để trống (chính thức)`,
        `figure status "${text('figure_status')}" is not valid: use ${FIGURE_STATUSES.join(', ')}, or leave it blank (official)`,
      );
    // The status may be said in three places; where two say different things, the row is refused
    // at the second (the column, else the value), naming both.
    const said = [
      { column: 'period', status: periodCell.status, written: text('period') },
      { column: 'value', status: valueCell.status, written: text('value') },
      { column: 'figure_status', status: statusColumn ?? null, written: text('figure_status') },
    ].filter((s): s is { column: string; status: FigureStatus; written: string } => s.status !== null);
    const clash = said.find((s) => s.status !== said[0].status);
    if (clash) {
      const word = (s: FigureStatus) => FIGURE_STATUS_WORD[s];
      bad(
        'figure-status-conflict',
        clash.column,
        `cột ${said[0].column} ghi số liệu ${word(said[0].status).vi} ("${said[0].written}") nhưng cột ${clash.column} ghi ${word(clash.status).vi} ("${clash.written}"): ghi một tình trạng`,
        `the ${said[0].column} column says the figure is ${word(said[0].status).en} ("${said[0].written}") but the ${clash.column} column says ${word(clash.status).en} ("${clash.written}"): give one status`,
      );
    }
    const figureStatus = said[0]?.status ?? 'official';
    const area = text('area');
    if (code !== '' && period !== null) {
      const key = `${code}\u0000${period.text}\u0000${area}`;
      const first = seen.get(key);
      if (first !== undefined) {
        bad(
          'duplicate-row',
          'code',
          `trùng dòng ${first}: chỉ tiêu "${code}", kỳ ${period.text}${area ? `, địa bàn ${area}` : ''} đã có`,
          `duplicate of row ${first}: indicator "${code}", period ${period.text}${area ? `, area ${area}` : ''} is already given`,
        );
      } else seen.set(key, raw.row);
      // Compared only on an otherwise valid row: a typo in `direction` is one problem, not two.
      const who = `${nameVi}\u0000${unit}\u0000${kind}\u0000${direction}`;
      const known = identity.get(code);
      const valid = problems.length === before;
      if (valid && known === undefined) identity.set(code, { row: raw.row, text: who });
      else if (valid && known !== undefined && known.text !== who) {
        bad(
          'code-conflict',
          'code',
          `mã "${code}" đã dùng ở dòng ${known.row} cho chỉ tiêu khác (tên, đơn vị, loại hoặc hướng khác)`,
          `code "${code}" is used at row ${known.row} for a different indicator (name, unit, kind or direction differ)`,
        );
      }
    }
    if (problems.length > before) continue;
    records.push({
      sheet: table.sheet,
      row: raw.row,
      code,
      name: shared.once(`n${nameVi}\u0000${text('indicator_en')}`, () => ({
        vi: nameVi,
        en: text('indicator_en') || nameVi,
      })),
      unit,
      direction: direction as 'higher' | 'lower',
      kind: kind as IndicatorKind,
      targetText,
      target,
      period: period as Period,
      value: value as number | null,
      source: text('source'),
      note: text('note'),
      area,
      partOf: text('part_of'),
      targetScope: targetScope ?? null,
      growthOf: text('growth_of'),
      group: shared.once(`g${text('group')}`, () => groupOf(text('group'))),
      figureStatus,
    });
  }
  return { dataset: { file: table.file, records }, problems };
}

/**
 * One copy of each text and of each value read from one (a period, a target, a name), for the
 * records of one table: values read from the same text are equal, and records never change them.
 */
class Sharing {
  private texts = new Map<string, string>();
  private values = new Map<string, unknown>();

  text(value: string): string {
    if (value === '') return value;
    const known = this.texts.get(value);
    if (known !== undefined) return known;
    // A copy, not the slice it may be of the file's text: a slice would keep that whole piece of
    // the file alive for as long as the record lives. ' ' + value is a new string; the slice of
    // it taken back refers to that, never to the file.
    const own = value.length < 13 ? value : (' ' + value).slice(1);
    this.texts.set(own, own);
    return own;
  }

  once<T>(key: string, read: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = read();
    this.values.set(key, value);
    return value;
  }
}

/** The input column of this name (a constant of the input schema). */
function columnNamed(name: string): InputColumn {
  return INPUT_COLUMNS.find((c) => c.name === name)!;
}

const FIGURE_STATUS_WORD: Record<FigureStatus, Label> = {
  official: { vi: 'chính thức', en: 'official' },
  preliminary: { vi: 'sơ bộ', en: 'preliminary' },
  estimate: { vi: 'ước', en: 'an estimate' },
};

/**
 * The words of a figure's status officers write into a period or a value, longest first so
 * "ước thực hiện" is read before "ước": the column's words and aliases, and "ước th" / "ước tính".
 */
const STATUS_WORDS: Array<[string, FigureStatus]> = (() => {
  const column = columnNamed('figure_status');
  const words: Array<[string, FigureStatus]> = [
    ...Object.entries(column.words ?? {}).map(([token, word]) => [word, token] as [string, FigureStatus]),
    ...Object.entries(column.aliases ?? {}).map(([word, token]) => [word, token] as [string, FigureStatus]),
    ['ước th', 'estimate'],
    ['ước tính', 'estimate'],
  ];
  // Vietnamese words only (a letter outside printable ASCII), and "UTH" as typed without diacritics.
  return words.filter(([word]) => /[^ -~]|^uth$/.test(word)).sort((a, b) => b[0].length - a[0].length);
})();

/**
 * A period or value cell split into what it says and the status written with it: before it
 * ("Ước 2025", "ƯTH 2025", "Sơ bộ 2024"), after it ("2025 ước") or in brackets ("2024 (sơ bộ)",
 * "93,8 (ước)"). Only the Vietnamese words count (and "UTH"): "final" or "estimated" in an
 * English cell are not read as a status. The status is null when none is written.
 *
 * @example
 * statusIn('Ước 2025')     // { rest: '2025', status: 'estimate' }
 * statusIn('93,8 (ước)')   // { rest: '93,8', status: 'estimate' }
 * statusIn('2024')         // { rest: '2024', status: null }
 */
export function statusIn(written: string): { rest: string; status: FigureStatus | null } {
  const text = written.normalize('NFC').trim();
  const lower = text.toLowerCase();
  for (const [word, status] of STATUS_WORDS) {
    const bracketed = new RegExp(`^(.*\\S)\\s*[(\\[]\\s*${word}\\s*[)\\]]$`, 'u').exec(lower);
    if (bracketed) return { rest: text.slice(0, bracketed[1].length).trim(), status };
    if (lower.startsWith(`${word} `)) return { rest: text.slice(word.length).trim(), status };
    if (lower.endsWith(` ${word}`)) return { rest: text.slice(0, -word.length).trim(), status };
  }
  return { rest: text, status: null };
}

/** A group name, "Kinh tế | Economy" in both languages or one name for both; null when blank. */
function groupOf(text: string): Label | null {
  if (text === '') return null;
  const [vi, en] = text.split('|').map((part) => part.trim());
  return { vi, en: en || vi };
}

/** Reads a period; null when it is not one of the documented forms. */
export function readPeriod(written: string): Period | null {
  // "2021–2025" with an en or em dash, as word processors type it, is the span 2021-2025.
  const text = written.replace(/[\u2013\u2014]/g, '-');
  const m = PERIOD_PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] !== undefined) return Number(m[2]) > year ? { type: 'span', from: year, to: Number(m[2]), text } : null;
  if (m[3] !== undefined) return { type: 'quarter', year, quarter: Number(m[3]), text };
  if (m[4] !== undefined) return { type: 'months', year, months: Number(m[4]), text };
  return { type: 'year', year, text };
}

/**
 * A value in the core's convention, null for a blank, or the reason it cannot be read. In a `%`
 * row a bare number is a percent (8,56 → 0.0856); text with its own % sign or a cell formatted as
 * a percent is a fraction already.
 */
function readValue(
  cell: string | number | null,
  percentFormatted: boolean,
  percentUnit: boolean,
  locale: 'vi' | 'en',
): number | null | { vi: string; en: string } {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell))
      return { vi: `giá trị không hữu hạn (${cell})`, en: `the value is not finite (${cell})` };
    return percentUnit && !percentFormatted ? percentOf(cell) : cell;
  }
  const text = cell.trim();
  // A star marks an estimate in some annexes and a preliminary figure in others: ask which.
  if (/\d\s*\*+$/u.test(text))
    return {
      vi: `"${text}": dấu * không cho biết số liệu là sơ bộ hay ước; ghi "${text.replace(/\s*\*+$/u, '')} (ước)", "(sơ bộ)" hoặc dùng cột figure_status`,
      en: `"${text}": a star does not say whether the figure is preliminary or an estimate; write "${text.replace(/\s*\*+$/u, '')} (ước)", "(sơ bộ)" or use the figure_status column`,
    };
  const parsed = parseLocaleNumber(text, locale);
  if (isChitieuError(parsed))
    return {
      vi: `"${text}" không phải là số (${coreReason(parsed).vi})`,
      en: `"${text}" is not a number (${coreReason(parsed).en})`,
    };
  if (!percentUnit || text.includes('%')) return parsed;
  // Read "8,56" in a % row as the text "8,56%", not 8.56 / 100 (0.08560000000000001): the core's
  // reader lands on the double nearest the decimal the officer typed.
  const exact = parseLocaleNumber(`${text}%`, locale);
  return isChitieuError(exact) ? parsed / 100 : exact;
}

/** A number typed as a percent (8.56 in a % row), as the fraction its decimal digits say (0.0856). */
function percentOf(value: number): number {
  const exact = parseLocaleNumber(`${String(value)}%`, 'en');
  return isChitieuError(exact) ? value / 100 : exact;
}

/** "22" in a `%` row is 22%: write the sign so every reader (and CHITIEU.STATUS) reads 0.22. */
function normaliseTarget(text: string, percentUnit: boolean): string {
  if (!percentUnit || text === '' || text.includes('%')) return text;
  return text.replace(/(\d)(?!.*\d)/u, '$1%');
}

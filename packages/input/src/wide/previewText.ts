import type { Label } from '@chitieu/words';
import { INPUT_COLUMNS, offered } from '../schema.js';
import type { ColumnRoleName, MappingPreview, WideQuestion } from './types.js';

/** What each column role is called in the preview. */
const ROLES: Record<'vi' | 'en', Record<ColumnRoleName, string>> = {
  vi: {
    stt: 'STT',
    indicator: 'tên chỉ tiêu',
    indicator_en: 'tên tiếng Anh',
    code: 'mã',
    unit: 'đơn vị',
    kind: 'loại',
    direction: 'hướng',
    group: 'nhóm',
    source: 'nguồn',
    note: 'ghi chú',
    value: 'số liệu',
    target: 'chỉ tiêu',
    comparison: 'không đọc',
    unknown: 'không đọc',
  },
  en: {
    stt: 'row number',
    indicator: 'indicator name',
    indicator_en: 'English name',
    code: 'code',
    unit: 'unit',
    kind: 'kind',
    direction: 'direction',
    group: 'group',
    source: 'source',
    note: 'note',
    value: 'figures',
    target: 'target',
    comparison: 'not read',
    unknown: 'not read',
  },
};

const WORDS = {
  vi: {
    table: (p: MappingPreview) =>
      `${p.file} › ${p.sheet}: bảng ${p.table}/${p.tables}, tiêu đề dòng ${p.headerRows.top}-${p.headerRows.bottom}` +
      (p.dataRows ? `, số liệu dòng ${p.dataRows.first}-${p.dataRows.last}` : ', không có dòng số liệu'),
    more: (n: number) => `Trang có ${n} bảng: đọc bảng 1; chọn bảng khác bằng --table N.`,
    noSuchTable: (p: MappingPreview) => `${p.file} › ${p.sheet}: trang có ${p.tables} bảng; không đọc bảng nào`,
    unit: 'Đơn vị chung của bảng',
    columns: 'Các cột',
    numbers: (p: MappingPreview) =>
      `Số ghi dạng chữ đọc kiểu ${p.numbers.locale === 'en' ? 'tiếng Anh (10,000.5)' : 'Việt Nam (10.000,5)'}`,
    hidden: ' (cột ẩn: vẫn đọc)',
    periods: 'Các năm có số liệu',
    groups: 'Nhóm (dòng số La Mã)',
    targets: 'Chỉ tiêu',
    term: 'nhiệm kỳ',
    year: 'kế hoạch năm',
    quarter: 'quý',
    indicators: 'Chỉ tiêu đọc được (loại, hướng và lý do)',
    rows: 'dòng',
    skipped: 'Các dòng cần lưu ý',
    questions: 'Câu hỏi chưa trả lời (ghi vào cột "Loại"/"Hướng" của bảng, hoặc vào tệp ánh xạ --map)',
    undecided: '?',
    none: 'không có',
    mapping: 'Tệp ánh xạ',
    by: { sheet: 'bảng', mapping: 'tệp ánh xạ', rule: 'quy tắc' },
  },
  en: {
    table: (p: MappingPreview) =>
      `${p.file} › ${p.sheet}: table ${p.table} of ${p.tables}, header rows ${p.headerRows.top}-${p.headerRows.bottom}` +
      (p.dataRows ? `, figures in rows ${p.dataRows.first}-${p.dataRows.last}` : ', no figure rows'),
    more: (n: number) => `The sheet holds ${n} tables: table 1 is read; choose another with --table N.`,
    noSuchTable: (p: MappingPreview) => `${p.file} › ${p.sheet}: the sheet holds ${p.tables} tables; none was read`,
    unit: 'Unit of the whole table',
    columns: 'Columns',
    numbers: (p: MappingPreview) =>
      `Numbers written as text are read the ${p.numbers.locale === 'en' ? 'English way (10,000.5)' : 'Vietnamese way (10.000,5)'}`,
    hidden: ' (hidden column: read all the same)',
    periods: 'Years with figures',
    groups: 'Groups (Roman-numeral rows)',
    targets: 'Targets',
    term: 'term',
    year: "year's plan",
    quarter: 'quarter',
    indicators: 'Indicators read (kind, direction and why)',
    rows: 'rows',
    skipped: 'Rows to note',
    questions: 'Open questions (answer in a "Loại"/"Hướng" column of the table, or in a mapping file --map)',
    undecided: '?',
    none: 'none',
    mapping: 'Mapping file',
    by: { sheet: 'sheet', mapping: 'mapping', rule: 'rule' },
  },
};

/**
 * The mapping preview as text in the officer's language: what each column was read as, the
 * years, groups and targets, and for each indicator the kind and direction with the rule that
 * decided them; then the open questions, each with its cell. Printed by `chitieu import`,
 * `report` and `check` before anything else, so that nothing is inferred silently.
 */
export function previewText(preview: MappingPreview, questions: readonly WideQuestion[], lang: 'vi' | 'en'): string {
  const w = WORDS[lang];
  const say = (label: Label) => label[lang];
  const kindWord = (token: string | null) => word('kind', token, lang);
  const directionWord = (token: string | null) => word('direction', token, lang);
  // A table asked for that is not there (--table 5 of 1): no header rows 0-0, no empty lists.
  if (preview.table > preview.tables) return `${w.noSuchTable(preview)}\n`;
  const lines = [w.table(preview)];
  if (preview.tables > 1 && preview.table === 1) lines.push(w.more(preview.tables));
  if (preview.mappingFile) lines.push(`${w.mapping}: ${preview.mappingFile}`);
  if (preview.sheetUnit) lines.push(`${w.unit}: ${preview.sheetUnit}`);
  lines.push(`${w.numbers(preview)}: ${say(preview.numbers.because)}`);
  lines.push(`${w.columns}:`);
  for (const c of preview.columns) {
    const role = ROLES[lang][c.role];
    const what = c.role === 'value' || c.role === 'target' ? `${role} ${c.period ?? ''}` : role;
    // An identity column's role says it all; figures and skipped columns say why.
    const why = ['value', 'target', 'comparison', 'unknown'].includes(c.role) ? `: ${say(c.because)}` : '';
    lines.push(`  ${c.cell.padEnd(5)} ${`"${c.header}"`.padEnd(28)} → ${what.trim()}${why}${c.hidden ? w.hidden : ''}`);
  }
  lines.push(`${w.periods}: ${preview.periods.join(', ') || w.none}`);
  lines.push(`${w.groups}: ${preview.groups.map((g) => `${g.name} (${g.cell})`).join('; ') || w.none}`);
  lines.push(
    `${w.targets}: ${preview.targets.map((t) => `"${t.header}" (${t.cell}) → ${w[t.scope]} ${t.period}`).join('; ') || w.none}`,
  );
  lines.push(`${w.indicators}:`);
  for (const i of preview.indicators) {
    const kind = i.kind.value === null ? w.undecided : kindWord(i.kind.value);
    const direction = i.direction.value === null ? w.undecided : directionWord(i.direction.value);
    lines.push(
      `  ${i.cell.padEnd(5)} ${i.code.padEnd(24)} ${i.name} [${i.unit}] · ${i.rows} ${w.rows}` +
        `\n        ${kind} (${i.kind.by ? w.by[i.kind.by] + ': ' : ''}${say(i.kind.because)}); ${direction} (${i.direction.by ? w.by[i.direction.by] + ': ' : ''}${say(i.direction.because)})`,
    );
  }
  if (preview.skipped.length > 0) {
    lines.push(`${w.skipped}:`);
    for (const s of preview.skipped) lines.push(`  ${s.cell.padEnd(5)} ${say(s.because)}`);
  }
  if (questions.length > 0) {
    lines.push(`${w.questions}:`);
    for (const q of questions) lines.push(`  ${q.cell.padEnd(5)} ${say(q.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

function word(name: 'kind' | 'direction', token: string | null, lang: 'vi' | 'en'): string {
  const column = INPUT_COLUMNS.find((c) => c.name === name)!;
  if (token === null) return '?';
  if (name === 'direction' && lang === 'en') return `${token} is better`;
  return offered(column, lang)[column.allowed!.indexOf(token)] ?? token;
}

import { csvField, parseCsv } from '../csv.js';
import {
  columnOfHeader,
  INPUT_COLUMNS,
  KINDS,
  normaliseWord,
  offered,
  readToken,
  type IndicatorKind,
} from '../schema.js';
import { problem, type Problem } from '../problems.js';
import type { MappingEntry, MappingPreview, WideQuestion } from './types.js';

/**
 * The mapping file: the officer's answers for a wide table, kept beside it for next year. A CSV
 * with one row per indicator: `stt, indicator, unit, code, kind, direction, note` (Vietnamese
 * headers read too: STT, Chỉ tiêu, Đơn vị tính, Mã, Loại, Hướng, Ghi chú). An indicator is found
 * by its name as written in the sheet (case and spacing aside), or by its STT path ("II.3") when
 * the name cell is blank. A blank kind or direction leaves the rules (or the question) in place.
 */
export function readMapping(text: string, file: string): { entries: MappingEntry[]; problems: Problem[] } {
  const [header, ...rows] = parseCsv(text);
  const problems: Problem[] = [];
  const entries: MappingEntry[] = [];
  const names = (header?.cells ?? []).map((h) => {
    const word = normaliseWord(h);
    if (['stt', 'tt', 'no.'].includes(word)) return 'stt';
    if (word === 'indicator' || word === 'chỉ tiêu') return 'indicator';
    return columnOfHeader(word)?.name ?? word;
  });
  if (!names.includes('indicator_vi') && !names.includes('indicator') && !names.includes('stt'))
    problems.push(
      problem(
        'error',
        'missing-column',
        { file, row: 1 },
        {
          vi: 'tệp ánh xạ cần cột "Chỉ tiêu" (tên chỉ tiêu như trong bảng) hoặc "STT"',
          en: 'the mapping file needs an "indicator" column (the name as in the table) or "stt"',
        },
      ),
    );
  const kindColumn = INPUT_COLUMNS.find((c) => c.name === 'kind')!;
  const directionColumn = INPUT_COLUMNS.find((c) => c.name === 'direction')!;
  for (const r of rows) {
    const cell = (name: string) => {
      const k = names.indexOf(name);
      return k < 0 ? '' : (r.cells[k] ?? '').trim();
    };
    const kindText = cell('kind');
    const directionText = cell('direction');
    const kind = kindText === '' ? null : (readToken(kindColumn, kindText) ?? undefined);
    const direction = directionText === '' ? null : (readToken(directionColumn, directionText) ?? undefined);
    if (kind === undefined)
      problems.push(
        problem(
          'error',
          'bad-kind',
          { file, row: r.row, column: 'kind' },
          {
            vi: `loại "${kindText}" không hợp lệ: dùng ${offered(kindColumn, 'vi').join(', ')}`,
            en: `kind "${kindText}" is not valid: use ${KINDS.join(', ')}`,
          },
        ),
      );
    if (direction === undefined)
      problems.push(
        problem(
          'error',
          'bad-direction',
          { file, row: r.row, column: 'direction' },
          {
            vi: `hướng "${directionText}" không hợp lệ: dùng cao hơn là tốt (higher) hoặc thấp hơn là tốt (lower)`,
            en: `direction "${directionText}" is not valid: use higher or lower`,
          },
        ),
      );
    entries.push({
      indicator: cell('indicator') || cell('indicator_vi'),
      stt: cell('stt'),
      code: cell('code'),
      kind: (kind ?? null) as IndicatorKind | null,
      direction: (direction ?? null) as 'higher' | 'lower' | null,
      row: r.row,
    });
  }
  return { entries, problems };
}

/** The entry of the mapping for one indicator: by name, else by STT path; undefined when none. */
export function mappingOf(
  mapping: readonly MappingEntry[],
  indicator: { name: string; sttPath: string },
): MappingEntry | undefined {
  const name = normaliseWord(indicator.name);
  const byName = mapping.filter((m) => m.indicator !== '' && normaliseWord(m.indicator) === name);
  if (byName.length === 1) return byName[0];
  const candidates = byName.length > 1 ? byName : mapping.filter((m) => m.indicator === '');
  return candidates.find((m) => m.stt !== '' && m.stt === indicator.sttPath);
}

/**
 * A starter mapping file for a table: every indicator with what was decided, and the open
 * questions left blank to fill in, in the officer's language (headers and words). Kept for next
 * year, it answers the same questions again.
 */
export function mappingCsv(preview: MappingPreview, questions: readonly WideQuestion[], lang: 'vi' | 'en'): string {
  const kindColumn = INPUT_COLUMNS.find((c) => c.name === 'kind')!;
  const directionColumn = INPUT_COLUMNS.find((c) => c.name === 'direction')!;
  const word = (column: typeof kindColumn, token: string | null) =>
    token === null ? '' : offered(column, lang)[column.allowed!.indexOf(token)];
  const header =
    lang === 'vi'
      ? ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mã', 'Loại', 'Hướng', 'Ghi chú']
      : ['stt', 'indicator', 'unit', 'code', 'kind', 'direction', 'note'];
  const lines = [header.join(',')];
  for (const i of preview.indicators) {
    const open = questions.filter((q) => q.row === i.row).map((q) => q.asks);
    const note =
      open.length === 0
        ? ''
        : lang === 'vi'
          ? `cần điền: ${open.map((a) => (a === 'kind' ? 'Loại' : 'Hướng')).join(', ')} (ô ${i.cell})`
          : `to fill in: ${open.join(', ')} (cell ${i.cell})`;
    lines.push(
      [
        i.stt ? i.sttPath : '',
        i.name,
        i.unit,
        i.code,
        word(kindColumn, i.kind.value),
        word(directionColumn, i.direction.value),
        note,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

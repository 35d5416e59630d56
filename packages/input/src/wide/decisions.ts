import type { Label } from '@chitieu/words';
import { readToken, type InputColumn } from '../schema.js';
import { problem, type Problem } from '../problems.js';
import type { IndicatorRow } from './rows.js';
import type { Decision, WideQuestion } from './types.js';

/** The sheet's own column first, then the mapping file, then the rule table; null when none decides. */
export function decide<T extends string>(
  cell: { text: string; cell: string } | undefined,
  input: InputColumn,
  mapped: T | null,
  rule: () => { value: T; because: Label } | null,
  problems: Problem[],
  where: { file: string; sheet: string },
): Decision<T> {
  if (cell) {
    const token = readToken(input, cell.text);
    if (token !== undefined)
      return {
        value: token as T,
        by: 'sheet',
        because: { vi: `ô ${cell.cell} ghi "${cell.text}"`, en: `cell ${cell.cell} says "${cell.text}"` },
      };
    problems.push(
      problem(
        'error',
        input.name === 'kind' ? 'bad-kind' : 'bad-direction',
        {
          ...where,
          row: Number(/\d+$/u.exec(cell.cell)?.[0]),
          column: cell.cell.replace(/\d+$/u, ''),
        },
        {
          vi: `ô ${cell.cell}: "${cell.text}" không phải là ${input.name === 'kind' ? 'loại chỉ tiêu' : 'hướng'} hợp lệ`,
          en: `cell ${cell.cell}: "${cell.text}" is not a valid ${input.name}`,
        },
      ),
    );
    return { value: null, by: null, because: { vi: 'ô ghi sai', en: 'the cell is not valid' } };
  }
  if (mapped !== null) return { value: mapped, by: 'mapping', because: { vi: 'tệp ánh xạ', en: 'the mapping file' } };
  const inferred = rule();
  if (inferred) return { value: inferred.value, by: 'rule', because: inferred.because };
  return { value: null, by: null, because: { vi: 'không quy tắc nào quyết định được', en: 'no rule decides' } };
}

/** The question for what no rule decides, with the cell and the two ways to answer it. */
export function ask(
  asks: 'kind' | 'direction',
  indicator: IndicatorRow,
  mappingFile: string | undefined,
): WideQuestion {
  const map = mappingFile ?? 'tệp ánh xạ (--map)';
  const mapEn = mappingFile ?? 'a mapping file (--map)';
  return {
    asks,
    row: indicator.row,
    cell: indicator.nameCell,
    stt: indicator.sttPath,
    indicator: indicator.name,
    unit: indicator.unit,
    message:
      asks === 'kind'
        ? {
            vi: `chưa biết loại của chỉ tiêu "${indicator.name}" (${indicator.unit || 'không đơn vị'}, ô ${indicator.nameCell}): ghi vào cột "Loại" của bảng hoặc vào ${map} một trong: tốc độ tăng, mức, tỷ lệ, số lượng, tổng cộng dồn`,
            en: `the kind of "${indicator.name}" (${indicator.unit || 'no unit'}, cell ${indicator.nameCell}) is not known: write it in a "Loại" column of the table or in ${mapEn}, one of: growth, level, rate, count, cumulative`,
          }
        : {
            vi: `chưa biết hướng của chỉ tiêu "${indicator.name}" (ô ${indicator.nameCell}): ghi vào cột "Hướng" của bảng hoặc vào ${map}: tăng (cao hơn là tốt) hoặc giảm (thấp hơn là tốt)`,
            en: `the direction of "${indicator.name}" (cell ${indicator.nameCell}) is not known: write it in a "Hướng" column of the table or in ${mapEn}: higher or lower (is better)`,
          },
  };
}

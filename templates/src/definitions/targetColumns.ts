/**
 * The columns every template uses to show a target. The reader sees one column, the target as
 * written (`95% trở lên`; in an English report as symbols, `≥ 95%`). The parts formulas read sit
 * on the second sheet: the text as written (the add-in's `CHITIEU.STATUS` reads it), its kind as
 * a symbol, the level to reach and the far end of a range, all read by the core's `parseTarget`.
 */
import type { ColumnInput } from '../definition.js';
import type { Label } from '@chitieu/words';

/** The target columns, the reader's one headed `header` (term target, year plan, ...). */
export function targetColumns(header: Label, options: { onceIfSame?: boolean } = {}): ColumnInput[] {
  return [
    {
      key: 'targetShown',
      header,
      format: 'text',
      width: 8,
      role: 'field',
      field: 'targetShown',
      onceIfSame: options.onceIfSame,
    },
    {
      key: 'target',
      header: { vi: 'Chỉ tiêu (như ghi)', en: 'Target (as written)' },
      format: 'text',
      width: 12,
      role: 'field',
      field: 'targetText',
      sheet: 'method',
    },
    {
      key: 'targetKind',
      header: { vi: 'Dạng chỉ tiêu', en: 'Target type' },
      format: 'text',
      width: 6,
      role: 'field',
      field: 'targetKind',
      sheet: 'method',
    },
    {
      key: 'targetValue',
      header: { vi: 'Mức phải đạt', en: 'Level to reach' },
      format: 'byUnit',
      width: 10,
      role: 'field',
      field: 'targetValue',
      sheet: 'method',
    },
    {
      key: 'targetBeyond',
      header: { vi: 'Cận kia (khoảng)', en: 'Far end (range)' },
      format: 'byUnit',
      width: 9,
      role: 'field',
      field: 'targetBeyond',
      sheet: 'method',
    },
  ];
}

/** Row number (STT), as every Vietnamese statistical table has. */
export const numberColumn: ColumnInput = {
  key: 'stt',
  header: { vi: 'STT', en: 'No.' },
  format: 'text',
  width: 4,
  role: 'field',
  field: 'stt',
};

/** Number, name (`nameWidth` characters wide) and unit for the reader; code and direction on the second sheet. */
export const indicatorColumns = (nameWidth: number): ColumnInput[] => [
  numberColumn,
  {
    key: 'code',
    header: { vi: 'Mã', en: 'Code' },
    format: 'text',
    width: 13,
    role: 'field',
    field: 'code',
    sheet: 'method',
  },
  {
    key: 'indicator',
    header: { vi: 'Chỉ tiêu', en: 'Indicator' },
    format: 'text',
    width: nameWidth,
    role: 'field',
    field: 'name',
  },
  { key: 'unit', header: { vi: 'Đơn vị tính', en: 'Unit' }, format: 'text', width: 7, role: 'field', field: 'unit' },
  {
    key: 'direction',
    header: { vi: 'Hướng tốt', en: 'Better' },
    format: 'text',
    width: 10,
    role: 'field',
    field: 'direction',
    words: 'direction',
    sheet: 'method',
  },
];

/** Every figure's sources, in full: on the second sheet, where the reader looks them up. */
export const sourceColumn: ColumnInput = {
  key: 'source',
  header: { vi: 'Nguồn', en: 'Source' },
  format: 'text',
  width: 26,
  role: 'field',
  field: 'source',
  sheet: 'method',
};

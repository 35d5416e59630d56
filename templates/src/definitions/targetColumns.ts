/**
 * The columns every template uses to show a target: the text as written in the resolution
 * (`95% trở lên`), its kind as a symbol, the level to reach and the far end of a range. The
 * numbers are read by the core's `parseTarget`; formulas use them, the text is for people and
 * for the add-in's `CHITIEU.STATUS`, which reads target text itself.
 */
import type { Column } from '../definition.js';

export const targetColumns: Column[] = [
  {
    key: 'target',
    header: { vi: 'Chỉ tiêu (như ghi)', en: 'Target (as written)' },
    format: 'text',
    width: 14,
    role: 'field',
    field: 'targetText',
  },
  {
    key: 'targetKind',
    header: { vi: 'Dạng', en: 'Kind' },
    format: 'text',
    width: 6,
    role: 'field',
    field: 'targetKind',
  },
  {
    key: 'targetValue',
    header: { vi: 'Mức phải đạt', en: 'Level to reach' },
    format: 'byUnit',
    width: 11,
    role: 'field',
    field: 'targetValue',
  },
  {
    key: 'targetBeyond',
    header: { vi: 'Cận kia (khoảng)', en: 'Far end (range)' },
    format: 'byUnit',
    width: 10,
    role: 'field',
    field: 'targetBeyond',
  },
];

/** Code, name, unit and direction: the first columns of an indicator row. */
export const indicatorColumns: Column[] = [
  { key: 'code', header: { vi: 'Mã', en: 'Code' }, format: 'text', width: 14, role: 'field', field: 'code' },
  {
    key: 'indicator',
    header: { vi: 'Chỉ tiêu', en: 'Indicator' },
    format: 'text',
    width: 36,
    role: 'field',
    field: 'name',
  },
  { key: 'unit', header: { vi: 'Đơn vị', en: 'Unit' }, format: 'text', width: 10, role: 'field', field: 'unit' },
  {
    key: 'direction',
    header: { vi: 'Hướng tốt', en: 'Better' },
    format: 'text',
    width: 8,
    role: 'field',
    field: 'direction',
  },
];

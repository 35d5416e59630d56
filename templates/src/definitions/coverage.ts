/**
 * Coverage by area (tỷ lệ bao phủ theo địa bàn): one row per area, the areas taken from the data
 * (provinces and communes were reorganised in 2025; no list is written in code). Population and
 * covered people come from two indicators of the input (kinds `population` and `covered`); the
 * target is the covered indicator's target (`95% trở lên`).
 */
import type { TemplateInput } from '../definition.js';
import { computations } from '../layout/compute.js';
import { statusFormula } from './shared.js';
import { numberColumn, sourceColumn, targetColumns } from './targetColumns.js';

export const coverage = {
  id: 'coverage',
  title: { vi: 'TỶ LỆ BAO PHỦ THEO ĐỊA BÀN', en: 'COVERAGE BY AREA' },
  formCode: 'CT-04.N/BP',
  rowsAre: 'area',
  unitLine: { vi: 'Đơn vị tính: người; %', en: 'Units: people; %' },
  total: { label: { vi: 'Toàn tỉnh', en: 'Province total' }, sum: ['population', 'covered'], formula: ['ratio'] },
  settings: [
    {
      name: 'band',
      label: { vi: 'Biên "xấp xỉ đạt" (so với chỉ tiêu)', en: '"Nearly achieved" band (of the target)' },
      value: 0.05,
      format: 'percent2',
    },
  ],
  columns: [
    numberColumn,
    { key: 'area', header: { vi: 'Địa bàn', en: 'Area' }, format: 'text', width: 24, role: 'field', field: 'area' },
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
    {
      key: 'population',
      header: { vi: 'Dân số', en: 'Population' },
      format: 'integer',
      width: 12,
      role: 'input',
      field: 'population',
    },
    {
      key: 'covered',
      header: { vi: 'Số người tham gia', en: 'People covered' },
      format: 'integer',
      width: 12,
      role: 'input',
      field: 'covered',
    },
    {
      key: 'ratio',
      header: { vi: 'Tỷ lệ bao phủ', en: 'Coverage ratio' },
      format: 'percent2',
      width: 11,
      role: 'formula',
      highlight: 'bar',
      formula: {
        live: 'CHITIEU.COVERAGE({covered},{population})',
        portable: '{covered}/{population}',
        needs: ['covered', 'population'],
        compute: computations.coverageRatio,
        core: 'coverageRatio',
      },
    },
    ...targetColumns({ vi: 'Mục tiêu', en: 'Target' }, { onceIfSame: true }),
    {
      key: 'gapPoints',
      header: { vi: 'Chênh lệch (điểm %)', en: 'Gap (pp)' },
      format: 'points',
      width: 11,
      role: 'formula',
      formula: {
        // Above 100% is a data error: no gap and no people still needed are read from it ("–").
        // Points are fractions like every rate: −0.012 shows "−1,20 điểm %".
        live: 'IF({ratio}>1,"–",CHITIEU.GAP({ratio},{targetValue}))',
        portable: 'IF({ratio}>1,"–",{ratio}-{targetValue})',
        needs: ['ratio', 'targetValue'],
        compute: computations.gapPoints,
        core: 'gap',
      },
    },
    {
      key: 'stillNeeded',
      header: { vi: 'Số người cần thêm', en: 'People still needed' },
      format: 'integer',
      width: 12,
      role: 'formula',
      formula: {
        live: 'IF({ratio}>1,"–",CHITIEU.COVERAGEGAP({covered},{population},{targetValue}))',
        portable: 'IF({ratio}>1,"–",MAX(0,ROUNDUP({targetValue}*{population}-{covered},0)))',
        needs: ['covered', 'population', 'targetValue'],
        compute: computations.coverageGap,
        core: 'coverageGap',
      },
    },
    {
      key: 'status',
      header: { vi: 'Đánh giá', en: 'Status' },
      format: 'text',
      width: 16,
      role: 'formula',
      highlight: 'status',
      formula: statusFormula({ actual: 'ratio', direction: 'direction' }, { rate: true }),
    },
    {
      key: 'rank',
      header: { vi: 'Xếp hạng', en: 'Rank' },
      format: 'integer',
      width: 8,
      role: 'formula',
      formula: {
        // Coverage above 100% is a data error, not the best result: it gets no rank and does not
        // push the other areas down.
        live: 'IF({ratio}>1,"–",1+COUNTIFS({column:ratio},">"&{ratio},{column:ratio},"<=1"))',
        portable: 'IF({ratio}>1,"–",1+COUNTIFS({column:ratio},">"&{ratio},{column:ratio},"<=1"))',
        needs: ['ratio'],
        compute: computations.rank,
        core: '(rank among areas, highest coverage first)',
      },
    },
    sourceColumn,
  ],
  notes: [
    {
      vi: 'Tỷ lệ bao phủ = số người tham gia / dân số; trên 100% là lỗi số liệu cần kiểm tra.',
      en: 'Coverage ratio = people covered / population; above 100% is a data problem to check.',
    },
    {
      vi: 'Số người cần thêm = max(0, làm tròn lên(chỉ tiêu × dân số − số người tham gia)).',
      en: 'People still needed = max(0, round up(target × population − covered)).',
    },
  ],
} satisfies TemplateInput;

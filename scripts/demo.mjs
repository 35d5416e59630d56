// npm run demo: a worked table from the embedded Thái Bình 2020-2025 sample, computed by the
// core: GRDP growth by year, the 2021-2023 average against the 8,56% the province stated, the
// growth still needed for the "10% trở lên" term target, and each indicator's status.
// (The report issue turns this into the full term-review workbook.)
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  averageGrowthDetail,
  describeError,
  formatNumber,
  isChitieuError,
  parseLocaleNumber,
  parseTarget,
  requiredAverageGrowth,
  status,
  statusLabel,
} from '@chitieu/core';
import { readCsv } from './csv.mjs';

const lang = process.argv.includes('--en') ? 'en' : 'vi';
const here = dirname(fileURLToPath(import.meta.url));
const rows = readCsv(readFileSync(join(here, '..', 'data', 'thai-binh-2020-2025.csv'), 'utf8'));

const t = (vi, en) => (lang === 'vi' ? vi : en);
const show = (value, options = {}) =>
  isChitieuError(value) ? describeError(value, lang) : formatNumber(value, 'vi', { decimals: 2, ...options });
const pct = (value) => (isChitieuError(value) ? describeError(value, lang) : formatNumber(value, lang, { decimals: 2, percent: true }));

/** A value as published ("3,23" in a % row is 3,23% = 0.0323), blank when not published. */
function valueOf(row) {
  if (row.value.trim() === '') return null;
  const number = parseLocaleNumber(row.value, 'vi');
  if (isChitieuError(number)) return number;
  return row.unit.startsWith('%') ? number / 100 : number;
}

function table(header, body) {
  const widths = header.map((h, k) => Math.max(h.length, ...body.map((r) => String(r[k]).length)));
  const line = (cells) => cells.map((c, k) => String(c).padEnd(widths[k])).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

// 1. GRDP growth, year by year, and the average over 2021-2023.
const growth = rows.filter((r) => r.code === 'grdp_growth');
const byYear = growth.map((r) => [r.period, r.value === '' ? t('chưa có số liệu', 'no data') : pct(valueOf(r)), r.source || '-']);
console.log(t('Tăng trưởng GRDP tỉnh Thái Bình (ước tính lần đầu)', 'Thái Bình GRDP growth (first estimates)'));
console.log(table([t('Năm', 'Year'), t('Tăng', 'Growth'), t('Nguồn', 'Source')], byYear));

const rates2021to2023 = growth.filter((r) => ['2021', '2022', '2023'].includes(r.period)).map(valueOf);
const average = averageGrowthDetail(rates2021to2023);
const stated = valueOf(rows.find((r) => r.code === 'grdp_growth_avg_stated'));
console.log(
  `\n${t('Bình quân 2021-2023 (trung bình nhân)', 'Average 2021-2023 (geometric mean)')}: ${isChitieuError(average) ? describeError(average, lang) : `${pct(average.rate)} (${average.years} ${t('năm', 'years')})`}` +
    `; ${t('tỉnh công bố', 'stated by the province')}: ${pct(stated)}`,
);

// 2. What the rest of the term needs for "10% trở lên" (average 2021-2025).
const achieved = growth.filter((r) => Number(r.period) >= 2021).map(valueOf);
const termTarget = parseTarget(growth[0].target, 'vi');
const needed = requiredAverageGrowth(termTarget.low, 5, achieved);
console.log(
  `${t('Cần tăng trong (các) năm còn lại để đạt bình quân', 'Growth needed in the remaining year(s) for an average of')} ${growth[0].target}: ${pct(needed)}`,
);

// 3. Status of every indicator with a published value and a target.
const judged = rows
  .filter((r) => r.target !== '' && r.code !== 'grdp_growth')
  .map((r) => {
    const value = valueOf(r);
    const target = parseTarget(r.target, 'vi');
    // A period still running (2023-9M) is not judged against the full-year target.
    const partial = /\d{4}-(\d+M|Q\d)$/.test(r.period);
    const code = partial ? null : status(value, target, { direction: r.direction });
    return [
      lang === 'vi' ? r.indicator_vi : r.indicator_en,
      r.period,
      r.target,
      value === null ? t('chưa có số liệu', 'no data') : r.unit.startsWith('%') ? pct(value) : show(value),
      code === null ? t('kỳ chưa kết thúc', 'period still running') : isChitieuError(code) ? describeError(code, lang) : statusLabel(code, lang),
    ];
  });
console.log(`\n${t('Đánh giá chỉ tiêu', 'Targets')}`);
console.log(table([t('Chỉ tiêu', 'Indicator'), t('Kỳ', 'Period'), t('Mục tiêu', 'Target'), t('Thực hiện', 'Actual'), t('Đánh giá', 'Status')], judged));

import { isChitieuError, parseTarget } from '@chitieu/core';
import type { Label } from '@chitieu/words';
import { normaliseWord, type IndicatorKind } from '../schema.js';

/**
 * The rule table that infers an indicator's kind and direction from its name, unit and target
 * (docs/method.md, "Kind and direction of a wide table"). Each rule says why, so the preview can
 * print it; the first rule that matches decides, and when none does the indicator is a question
 * for the officer (a column of the sheet or the mapping file), never a default.
 */
export interface Rule<T> {
  value: T;
  test: (indicator: { name: string; unit: string }) => boolean;
  because: Label;
}

const has = (pattern: RegExp) => (i: { name: string }) => pattern.test(i.name);
/** A "%" unit, as the validator reads it ("% kế hoạch" too: a percent of the plan). */
const percent = (unit: string) => unit.trim().startsWith('%');

/** Units of things counted one by one (people, communes, firms): a count. */
const COUNT_UNITS =
  /^(người|lượt người|lượt|hộ|xã|phường|huyện|thôn|bản|làng|doanh nghiệp|dn|hợp tác xã|htx|trường|cơ sở|dự án|công trình|kiến nghị|vụ|cái|con|chiếc|căn|nhà|trạm|điểm|giường|bác sĩ|lao động|học sinh|sinh viên|xã, phường|đơn vị|thủ tục)$/u;
/** Units of money and physical quantities: a level. */
const LEVEL_UNITS =
  /(đồng|usd|\$|tấn|tạ|kg|ha|km|m2|m²|m3|m³|kwh|mw|lít|năm|tuổi|giờ|ngày|phút|\/người|\/ha|\/vạn|\/1\.?000|\/10\.?000|\/100\.?000|trên 1 vạn|vạn dân|‰)/u;

export const KIND_RULES: ReadonlyArray<Rule<IndicatorKind>> = [
  {
    value: 'cumulative',
    test: (i) =>
      /cộng dồn|lũy kế|luỹ kế|5 năm|năm năm|cả giai đoạn|giai đoạn \d{4}\s*-\s*\d{4}|cumulative|over the term/u.test(
        i.name,
      ) && !percent(i.unit),
    because: {
      vi: 'tổng cả giai đoạn ("5 năm", "cộng dồn", "lũy kế") không ghi theo %: cộng dồn',
      en: 'a total over the term ("5 năm", "cộng dồn", "lũy kế") not in %: cumulative',
    },
  },
  {
    value: 'growth',
    test: (i) => percent(i.unit) && /tốc độ (tăng|phát triển)|tăng trưởng|growth/u.test(i.name),
    because: { vi: '"tốc độ tăng…" với đơn vị %: tốc độ tăng', en: '"tốc độ tăng…" (growth) in %: growth' },
  },
  {
    value: 'level',
    test: (i) =>
      /(trên|\/)\s*((1|một)\s*)?vạn dân|trên 10\.?000 dân|trên 1\.?000 dân|trên 100\.?000|per 10,?000|per 1,?000|per capita|bình quân đầu người|\/người/u.test(
        i.name + ' ' + normaliseWord(i.unit),
      ),
    because: {
      vi: '"… trên 1 vạn dân", "bình quân đầu người": mức (không phải tỷ lệ %)',
      en: '"… per 10,000 people", "per capita": a level (not a percent)',
    },
  },
  {
    value: 'rate',
    test: (i) =>
      percent(i.unit) &&
      /^(tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tỷ suất|cơ cấu|mức độ bao phủ|độ che phủ|share|rate|coverage|proportion)|bao phủ|che phủ|tham gia bảo hiểm/u.test(
        i.name,
      ),
    because: { vi: '"tỷ lệ…", "tỷ trọng…" với đơn vị %: tỷ lệ', en: '"tỷ lệ…" (a share or rate) in %: rate' },
  },
  {
    value: 'count',
    test: (i) => COUNT_UNITS.test(normaliseWord(i.unit)),
    because: {
      vi: 'đơn vị đếm từng cái (người, hộ, xã, doanh nghiệp…): số lượng',
      en: 'a unit of things counted (people, households, communes, firms…): count',
    },
  },
  {
    value: 'level',
    test: (i) => LEVEL_UNITS.test(normaliseWord(i.unit)),
    because: {
      vi: 'đơn vị tiền tệ hoặc hiện vật (tỷ đồng, tấn, ha…): mức',
      en: 'a unit of money or a physical quantity (tỷ đồng, tấn, ha…): level',
    },
  },
];

/** Words of indicators where less is better (poverty, unemployment, deaths, pollution…). */
const LOWER =
  /hộ nghèo|cận nghèo|nghèo đa chiều|tái nghèo|thất nghiệp|thiếu việc làm|tử vong|suy dinh dưỡng|ô nhiễm|tai nạn|tội phạm|nợ xấu|bỏ học|thất thoát|tiêu hao|phát thải|mất cân bằng giới tính|sinh con thứ (3|ba)|ngộ độc|cháy|khiếu nại|vi phạm|chỉ số giá tiêu dùng|lạm phát|poverty|unemployment|mortality|death|pollution|accident|crime|inflation|petitions still/u;
/** Words of indicators where more is better: output, income, revenue, coverage, services. */
const HIGHER =
  /tăng trưởng|tốc độ tăng|^grdp|quy mô grdp|tổng sản phẩm|giá trị sản xuất|thu nhập|thu ngân sách|vốn đầu tư|bán lẻ|kim ngạch|xuất khẩu|sản lượng|doanh thu|năng suất|bao phủ|che phủ|tham gia bảo hiểm|bhyt|bhxh|gia đình văn hóa|đạt chuẩn|nông thôn mới|tuổi thọ|bác sĩ|giường bệnh|đô thị hóa|nước sạch|hợp vệ sinh|thu gom|được xử lý|qua đào tạo|có việc làm|việc làm mới|giải quyết việc làm|khách du lịch|doanh nghiệp thành lập|số hóa|trực tuyến|internet|giải ngân|đã giải quyết|tỷ trọng công nghiệp|công nghiệp, xây dựng và dịch vụ|growth|income|revenue|export|coverage|doctors|investment|resolved|life expectancy/u;

export const DIRECTION_RULES: ReadonlyArray<Rule<'higher' | 'lower'>> = [
  {
    value: 'higher',
    test: has(/^(giảm|mức giảm)|tỷ lệ giảm|giảm tỷ lệ|reduction/u),
    because: { vi: 'chỉ tiêu ghi mức giảm: giảm càng nhiều càng tốt', en: 'a reduction: the more the better' },
  },
  {
    value: 'lower',
    test: has(LOWER),
    because: {
      vi: 'hộ nghèo, thất nghiệp, tử vong, ô nhiễm, tai nạn…: càng thấp càng tốt',
      en: 'poverty, unemployment, deaths, pollution, accidents…: lower is better',
    },
  },
  {
    value: 'higher',
    test: has(HIGHER),
    because: {
      vi: 'sản lượng, thu nhập, thu ngân sách, bao phủ, đạt chuẩn…: càng cao càng tốt',
      en: 'output, income, revenue, coverage, standards met…: higher is better',
    },
  },
];

/** The kind the rules give, with why; null when no rule decides. */
export function inferKind(name: string, unit: string): { value: IndicatorKind; because: Label } | null {
  const indicator = { name: normaliseWord(name), unit };
  const rule = KIND_RULES.find((r) => r.test(indicator));
  return rule ? { value: rule.value, because: rule.because } : null;
}

/**
 * The direction: a target's own words first ("dưới 4%", "không quá" → lower; "95% trở lên",
 * "trên" → higher), then the name's words; null when neither decides.
 */
export function inferDirection(
  name: string,
  unit: string,
  targets: readonly string[],
  locale: 'vi' | 'en',
): { value: 'higher' | 'lower'; because: Label } | null {
  for (const text of targets) {
    const parsed = parseTarget(text, locale);
    if (isChitieuError(parsed)) continue;
    if (parsed.kind === 'floor')
      return {
        value: 'higher',
        because: { vi: `chỉ tiêu "${text}" (trở lên, trên)`, en: `the target "${text}" (at least)` },
      };
    if (parsed.kind === 'ceiling')
      return {
        value: 'lower',
        because: { vi: `chỉ tiêu "${text}" (dưới, không quá)`, en: `the target "${text}" (at most)` },
      };
  }
  const indicator = { name: normaliseWord(name), unit };
  const rule = DIRECTION_RULES.find((r) => r.test(indicator));
  return rule ? { value: rule.value, because: rule.because } : null;
}

/**
 * Vietnamese descriptions of the CHITIEU functions and their parameters: the one place they are
 * kept. The English texts live in the JSDoc of functions.ts; the build generates functions.json
 * from that JSDoc and functions.vi.json from it with these texts (scripts/locales.ts), and a test
 * checks that this table has exactly the functions and parameters of the English metadata.
 * Function names stay English in every locale (CHITIEU.ATTAINMENT), as Excel's own do in
 * formulas saved to files.
 */
export interface FunctionTranslation {
  readonly description: string;
  readonly parameters: Readonly<Record<string, string>>;
  readonly result?: string;
}

const CELL = 'một ô hoặc một vùng';
const SERIES = 'một dòng hoặc một cột là một chuỗi; vùng lớn hơn là mỗi dòng một chuỗi';

export const VI: Readonly<Record<string, FunctionTranslation>> = {
  ATTAINMENT: {
    description: 'Tỷ lệ thực hiện so với kế hoạch/chỉ tiêu: thực hiện / chỉ tiêu, dạng phân số (định dạng ô là %).',
    parameters: { actual: `Giá trị thực hiện: ${CELL}.`, target: `Kế hoạch hoặc chỉ tiêu, lớn hơn 0: ${CELL}.` },
  },
  GAP: {
    description:
      'Chênh lệch so với chỉ tiêu: thực hiện − chỉ tiêu, theo đơn vị của chỉ tiêu (điểm phần trăm với tỷ lệ).',
    parameters: { actual: `Giá trị thực hiện: ${CELL}.`, target: `Chỉ tiêu: ${CELL}.` },
  },
  PROGRESS: {
    description: 'Tiến độ từ năm gốc: phần quãng đường từ giá trị gốc đến chỉ tiêu đã đi được.',
    parameters: {
      baseline: `Giá trị năm gốc (đầu nhiệm kỳ): ${CELL}.`,
      actual: `Giá trị thực hiện: ${CELL}.`,
      target: `Chỉ tiêu, khác giá trị gốc: ${CELL}.`,
    },
  },
  STATUS: {
    description: 'Đánh giá so với chỉ tiêu: Vượt, Đạt, Xấp xỉ đạt, Không đạt hoặc Chưa có số liệu.',
    parameters: {
      actual: `Giá trị thực hiện: ${CELL}.`,
      target: 'Chỉ tiêu dạng số hoặc văn bản như "95% trở lên", "dưới 4%", "6,5 - 7%".',
      direction: '"higher" (mặc định: càng cao càng tốt) hoặc "lower" (càng thấp càng tốt).',
      band: 'Biên xấp xỉ đạt, tính theo tỷ lệ của chỉ tiêu (mặc định 0,05; 0 là không dùng).',
      language: 'Ngôn ngữ nhãn: "vi" (mặc định) hoặc "en".',
    },
  },
  CUMATTAINMENT: {
    description: 'Lũy kế so với chỉ tiêu cả giai đoạn: tổng giá trị các năm / chỉ tiêu; năm để trống được bỏ qua.',
    parameters: {
      values: `Giá trị từng năm: ${SERIES}.`,
      target: 'Chỉ tiêu cả giai đoạn, lớn hơn 0: một ô, hoặc mỗi chuỗi một ô.',
      termYears: 'Số năm của giai đoạn (thường là 5): một ô, hoặc mỗi chuỗi một ô.',
    },
  },
  ONTRACK: {
    description:
      'Khả năng đạt chỉ tiêu nhiệm kỳ (tỷ số của Thống kê Canada/Open SDG): Đã đạt, Đúng tiến độ, Cần tăng tốc, Tiến độ chậm hoặc Đi ngược.',
    parameters: {
      baseValue: `Giá trị năm gốc, lớn hơn 0: ${CELL}.`,
      baseYear: `Năm gốc: ${CELL}.`,
      latestValue: `Giá trị mới nhất: ${CELL}.`,
      latestYear: `Năm của giá trị mới nhất: ${CELL}.`,
      target: `Chỉ tiêu dạng số hoặc văn bản như "95% trở lên": ${CELL}.`,
      targetYear: `Năm phải đạt chỉ tiêu: ${CELL}.`,
      direction: '"higher" (mặc định: càng cao càng tốt) hoặc "lower" (càng thấp càng tốt).',
      language: 'Ngôn ngữ nhãn: "vi" (mặc định) hoặc "en".',
    },
  },
  VERDICT: {
    description:
      'Đánh giá chỉ tiêu nhiệm kỳ: cuối kỳ (Vượt / Đạt / Xấp xỉ đạt / Không đạt) khi năm cuối đã có số liệu, trước đó là giữa kỳ (Đã đạt / Có khả năng đạt / Khó đạt / Không thể đạt).',
    parameters: {
      measure: 'Cách tổng hợp: "growth" (bình quân tốc độ tăng), "level" (giá trị mới nhất) hoặc "cumulative" (tổng).',
      target: 'Chỉ tiêu nhiệm kỳ dạng số hoặc văn bản như "10% trở lên".',
      base: 'Giá trị năm gốc (điểm đầu xu hướng của chỉ tiêu mức); có thể để trống.',
      values: `Mỗi năm kế hoạch một giá trị (thường 5 ô), để trống năm chưa có số liệu; ${SERIES}.`,
      direction: '"higher" (mặc định: càng cao càng tốt) hoặc "lower" (càng thấp càng tốt).',
      rate: 'TRUE khi giá trị là tỷ lệ (cần thêm tính bằng điểm phần trăm; ngoài 0-100% là "kiểm tra số liệu").',
      band: 'Biên "xấp xỉ đạt" và dung sai chỉ tiêu "khoảng", theo tỷ lệ của chỉ tiêu (mặc định 0,05).',
      likely: 'Tỷ số tiến độ từ đó chỉ tiêu "có khả năng đạt" (mặc định 0,95).',
      ceiling: 'Tốc độ tăng cần thiết mỗi năm trên mức này là "không thể đạt" (mặc định 0,5).',
      language: 'Ngôn ngữ nhãn: "vi" (mặc định) hoặc "en".',
    },
  },
  ASSESSMENT: {
    description:
      'Câu nhận xét của một chỉ tiêu từ dòng số liệu của biểu: "… bình quân giai đoạn 2021-2024 ước đạt 7,64%/năm, bằng 76,4% mục tiêu Nghị quyết; để hoàn thành mục tiêu, năm 2025 cần tăng 19,97%, khó đạt."',
    parameters: {
      indicator: `Tên chỉ tiêu: ${CELL}.`,
      measure:
        '"growth" (tốc độ tăng bình quân các năm), "level" (mức hoặc tỷ lệ), "cumulative" (tổng cả giai đoạn) hoặc "coverage" (bao phủ).',
      verdict:
        'Kết quả đánh giá ("Khó đạt", "Hard to achieve") hoặc mã, như CHITIEU.VERDICT hay CHITIEU.STATUS trả về.',
      period: 'Kỳ của số đã đạt: 2024, "2021-2024", "2025-9M", "2025-Q1".',
      achieved: 'Số đã đạt (tỷ lệ và tốc độ tăng ghi dạng phân số).',
      unit: 'Đơn vị tính như ghi; bắt đầu bằng % thì số ghi dạng phần trăm.',
      percentOfTarget: 'Số đã đạt / chỉ tiêu (như CHITIEU.ATTAINMENT trả về).',
      needed:
        'Phần còn cần đạt các năm còn lại, theo đơn vị của chỉ tiêu (tốc độ tăng, điểm phần trăm, số lượng, số người).',
      remaining: 'Các năm còn lại: 2025 hoặc "2024-2025".',
      target: 'Chỉ tiêu như ghi ("10% trở lên"), hiện khi không có % so với chỉ tiêu.',
      direction: '"higher" (mặc định: càng cao càng tốt) hoặc "lower" (càng thấp càng tốt).',
      language: 'Ngôn ngữ của câu: "vi" (mặc định) hoặc "en".',
      status:
        'Tình trạng số liệu: "chính thức" (mặc định: "đạt"), "sơ bộ" ("sơ bộ đạt") hoặc "ước" ("ước đạt"); hoặc official, preliminary, estimate.',
    },
  },
  GROWTHINDEX: {
    description: 'Chỉ số phát triển: kỳ này / kỳ trước.',
    parameters: { previous: `Giá trị kỳ trước, lớn hơn 0: ${CELL}.`, current: `Giá trị kỳ này: ${CELL}.` },
  },
  GROWTHRATE: {
    description: 'Tốc độ tăng: kỳ này / kỳ trước − 1.',
    parameters: { previous: `Giá trị kỳ trước, lớn hơn 0: ${CELL}.`, current: `Giá trị kỳ này: ${CELL}.` },
  },
  CAGR: {
    description: 'Tốc độ tăng bình quân năm giữa hai mức, như hàm RRI của Excel: (cuối / đầu)^(1 / số năm) − 1.',
    parameters: {
      start: `Giá trị đầu kỳ, lớn hơn 0: ${CELL}.`,
      end: `Giá trị cuối kỳ, từ 0 trở lên: ${CELL}.`,
      years: `Số năm, lớn hơn 0: ${CELL}.`,
    },
  },
  AVGGROWTH: {
    description: 'Tốc độ tăng bình quân của các tốc độ tăng hằng năm (trung bình nhân); năm để trống được bỏ qua.',
    parameters: { rates: `Tốc độ tăng từng năm: ${SERIES}.` },
  },
  REQUIREDGROWTH: {
    description: 'Tốc độ tăng không đổi hằng năm cần có để đạt mức chỉ tiêu: (chỉ tiêu / hiện tại)^(1 / số năm) − 1.',
    parameters: {
      current: `Giá trị mới nhất, lớn hơn 0: ${CELL}.`,
      target: `Mức chỉ tiêu: ${CELL}.`,
      years: `Số năm còn lại đến năm chỉ tiêu, lớn hơn 0: ${CELL}.`,
    },
  },
  REQUIREDAVG: {
    description: 'Tốc độ tăng cần đạt mỗi năm còn lại để đạt chỉ tiêu tăng trưởng bình quân cả giai đoạn.',
    parameters: {
      targetRate: 'Chỉ tiêu tăng trưởng bình quân giai đoạn (ví dụ 9%): một ô, hoặc mỗi chuỗi một ô.',
      termYears: 'Số năm của giai đoạn (thường là 5): một ô, hoặc mỗi chuỗi một ô.',
      achievedRates: `Tốc độ tăng các năm đã đạt: ${SERIES}.`,
    },
  },
  PROJECT: {
    description: 'Giá trị dự báo sau một số năm với tốc độ tăng không đổi: giá trị × (1 + tốc độ)^số năm.',
    parameters: {
      value: `Giá trị mới nhất: ${CELL}.`,
      rate: `Tốc độ tăng mỗi năm, lớn hơn −100%: ${CELL}.`,
      years: `Số năm: ${CELL}.`,
    },
  },
  YEARSTOTARGET: {
    description: 'Số năm cần để đạt chỉ tiêu với tốc độ tăng không đổi; #NUM! nếu không bao giờ đạt.',
    parameters: {
      current: `Giá trị mới nhất, lớn hơn 0: ${CELL}.`,
      target: `Mức chỉ tiêu, lớn hơn 0: ${CELL}.`,
      rate: `Tốc độ tăng mỗi năm: ${CELL}.`,
    },
  },
  CONTRIBUTIONS: {
    description: 'Đóng góp của từng thành phần vào tăng trưởng của tổng, tính bằng điểm phần trăm của tổng kỳ trước.',
    parameters: {
      previousParts: 'Các thành phần kỳ trước: một dòng hoặc một cột là một tổng; vùng lớn hơn là mỗi dòng một tổng.',
      currentParts: 'Các thành phần kỳ này, vùng cùng kích thước.',
    },
  },
  COVERAGE: {
    description: 'Tỷ lệ bao phủ: số người tham gia / dân số.',
    parameters: { covered: `Số người tham gia: ${CELL}.`, population: `Dân số, lớn hơn 0: ${CELL}.` },
  },
  PERPOP: {
    description: 'Tỷ lệ trên dân số (trên 1 vạn dân): số lượng / dân số × cơ số.',
    parameters: {
      count: `Số lượng (ví dụ số bác sĩ): ${CELL}.`,
      population: `Dân số, lớn hơn 0: ${CELL}.`,
      per: 'Cơ số của tỷ lệ (mặc định 10.000).',
    },
  },
  SHARE: {
    description: 'Tỷ trọng của một phần trong tổng: phần / tổng.',
    parameters: { part: `Phần: ${CELL}.`, total: `Tổng, khác 0: ${CELL}.` },
  },
  STRUCTURE: {
    description: 'Cơ cấu: tỷ trọng của từng thành phần trong tổng các thành phần.',
    parameters: { parts: 'Các thành phần: một dòng hoặc một cột là một tổng; vùng lớn hơn là mỗi dòng một tổng.' },
  },
  COVERAGEGAP: {
    description:
      'Số người còn cần tham gia để đạt chỉ tiêu bao phủ: max(0, làm tròn lên(chỉ tiêu × dân số − số tham gia)).',
    parameters: {
      covered: `Số người đang tham gia: ${CELL}.`,
      population: `Dân số, lớn hơn 0: ${CELL}.`,
      targetRatio: `Chỉ tiêu bao phủ dạng phân số (95% là 0,95): ${CELL}.`,
    },
  },
  PARSEVN: {
    description: 'Đọc số được gõ dạng văn bản theo kiểu Việt Nam ("1.234,5", "8,56%") hoặc kiểu Anh.',
    parameters: { text: 'Văn bản của một ô, hoặc một vùng.', locale: '"vi" (mặc định) hoặc "en".' },
  },
};

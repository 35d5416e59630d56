/**
 * An officer's own table, laid out like the annex of a provincial term report (Phụ lục I of a
 * Thái Bình-style report, figures invented but of the usual size): a title over the table, a
 * header merged over two rows ("Thực hiện" over 2021-2023, then "Ước TH 2024", "KH 2025",
 * "Mục tiêu NQ" each merged down), Roman-numeral sector rows, numbers typed the Vietnamese way
 * as text ("8,56"), one poverty rate stored as a percent cell (0.032 shown 3,2%), a comparison
 * column the officer hid, a blank spacer row and a footnote. What the rules cannot decide:
 * whether less rice land is better (a level in ha, no direction), and the kind of a count of
 * tourists in "nghìn lượt khách" (a unit no rule knows). Used as the mocked workbook's sheet.
 */
import type { TableSheet } from './excel-mock.js';

const blank = '';

export const ANNEX: TableSheet = {
  name: 'Phụ lục I',
  values: [
    ['PHỤ LỤC I'],
    ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2021-2025'],
    [],
    [
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Thực hiện',
      blank,
      blank,
      'Ước TH 2024',
      'KH 2025',
      'Mục tiêu NQ',
      'So sánh 2024/2023 (%)',
    ],
    [blank, blank, blank, 2021, 2022, 2023, blank, blank, blank, blank],
    ['I', 'Kinh tế'],
    [1, 'Tốc độ tăng trưởng GRDP', '%', '8,56', '7,2', '6,8', '7,5', '8', '8', '110,3'],
    [2, 'GRDP bình quân đầu người', 'triệu đồng', '58,1', '63,4', '68,9', '74,5', '80', '100', '108,1'],
    [3, 'Tổng vốn đầu tư toàn xã hội', 'tỷ đồng', 38500, 41200, 44800, 48300, 52000, 240000, 107.8],
    [4, 'Diện tích gieo trồng lúa', 'ha', 160200, 158900, 157300, 156000, 155000, 150000, 99.2],
    [5, 'Diện tích đất trồng cây hằng năm', 'ha', 98400, 97900, 97500, 97000, 96500, 95000, 99.5],
    [6, 'Tổng lượt khách du lịch', 'nghìn lượt khách', '2.150', '2.480', '2.890', '3.200', '3.500', '3.500', '110,7'],
    ['II', 'Xã hội'],
    [7, 'Tỷ lệ hộ nghèo', '%', 0.032, '2,6', '2,1', '1,6', '1,3', '1', '76,2'],
    [8, 'Số bác sĩ trên 1 vạn dân', 'bác sĩ', '9,1', '9,8', '10,5', '11,2', '12', '13', '106,7'],
    [9, 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', '91,2', '92', '92,8', '93,5', '94', '95', '100,8'],
    [],
    ['Ghi chú: số liệu năm 2024 là số ước tính.'],
  ],
  // General everywhere but D14, the poverty rate of 2021 stored as a percent.
  numberFormat: Array.from({ length: 18 }, (_, r) => (r === 13 ? ['General', 'General', 'General', '0.0%'] : [])),
  merges: ['A1:J1', 'A2:J2', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:F4', 'G4:G5', 'H4:H5', 'I4:I5', 'J4:J5'],
  hiddenRows: [],
  hiddenColumns: [10],
};

/**
 * CHITIEU.ASSESSMENT in plain Node (the adapter, as Excel calls it): a row of the live term
 * review gives the core's sentence, word for word; labels in figure cells mean "no figure".
 */
import { describe, expect, it } from 'vitest';
import { createFunctions } from '../src/functions/adapters/index.js';
import { testHost } from './host.js';

const fns = createFunctions(testHost());
const col = (values: unknown[]) => values.map((v) => [v]) as never;

describe('CHITIEU.ASSESSMENT', () => {
  it("spills the sentence of issue 9 from the sheet's cells, verdict given in words", () => {
    const out = fns.ASSESSMENT(
      col(['Tốc độ tăng trưởng GRDP', 'Tỷ lệ dân số tham gia bảo hiểm y tế']),
      col(['growth', 'level']),
      col(['Khó đạt', 'Chưa đủ số liệu']),
      col(['2021-2024', 2024]),
      col([0.0764, 0.925]),
      col(['%', '%']),
      col([0.764, 0.9737]),
      col([0.1997, 0.025]), // points are fractions (issue 20)
      [[2025]] as never,
      null as never,
      null as never,
      null as never,
      col(['ước', 'Sơ bộ']),
    );
    expect(out).toEqual([
      [
        'Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2024 ước đạt 7,64%/năm, bằng 76,4% mục tiêu Nghị quyết; để hoàn thành mục tiêu, năm 2025 cần tăng 19,97%, khó đạt.',
      ],
      [
        'Tỷ lệ dân số tham gia bảo hiểm y tế năm 2024 sơ bộ đạt 92,5%, bằng 97,4% mục tiêu Nghị quyết; để hoàn thành mục tiêu, năm 2025 cần tăng thêm 2,5 điểm phần trăm, chưa đủ số liệu để đánh giá khả năng đạt.',
      ],
    ]);
  });

  it('English words and codes both read; a bad language or verdict is #VALUE!', () => {
    const en = fns.ASSESSMENT(
      [['GRDP growth']] as never,
      [['growth']] as never,
      [['Hard to achieve']] as never,
      [['2021-2024']] as never,
      [[0.0764]] as never,
      null as never,
      [[0.764]] as never,
      null as never,
      null as never,
      null as never,
      null as never,
      [['en']] as never,
      [['estimate']] as never,
    );
    expect(en[0][0]).toBe(
      "GRDP growth averaged an estimated 7.64% a year over 2021-2024, 76.4% of the resolution's target: hard to achieve.",
    );
    const bad = fns.ASSESSMENT(
      [['A']] as never,
      [['level']] as never,
      [['maybe']] as never,
      [[2024]] as never,
      [[1]] as never,
    );
    expect(bad[0][0]).toMatchObject({ error: '#VALUE!' });
    // Without a status the figure is official ("đạt"); a status it does not know is #VALUE! saying so.
    const status = (value: unknown) =>
      fns.ASSESSMENT(
        [['A']] as never,
        [['level']] as never,
        [['Đạt']] as never,
        [[2024]] as never,
        [[5]] as never,
        ...(Array.from({ length: 7 }, () => null) as never[]),
        value as never,
      )[0][0];
    expect(status(null)).toBe('A năm 2024 đạt 5, đạt.');
    expect(status([['chính thức']])).toBe('A năm 2024 đạt 5, đạt.');
    expect(status([['ƯỚC THỰC HIỆN']])).toBe('A năm 2024 ước đạt 5, đạt.');
    expect(status([['chắc chắn']])).toMatchObject({ error: '#VALUE!' });
    const lang = fns.ASSESSMENT(
      [['A']] as never,
      [['level']] as never,
      [['no-data']] as never,
      [[2024]] as never,
      null as never,
      null as never,
      null as never,
      null as never,
      null as never,
      null as never,
      null as never,
      [['fr']] as never,
    );
    expect(lang[0][0]).toMatchObject({ error: '#VALUE!' });
  });
});

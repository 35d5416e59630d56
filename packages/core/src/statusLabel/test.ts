import { describe, expect, it } from 'vitest';
import { statusLabel } from './index.js';
import { attainment } from '../attainment/index.js';

describe('statusLabel', () => {
  it('gives the labels of the domain document in both languages', () => {
    expect(
      ['exceeded', 'achieved', 'nearly-achieved', 'not-achieved', 'no-data'].map((c) => statusLabel(c as never)),
    ).toEqual(['Vượt', 'Đạt', 'Xấp xỉ đạt', 'Không đạt', 'Chưa có số liệu']);
    expect(
      ['exceeded', 'achieved', 'nearly-achieved', 'not-achieved', 'no-data'].map((c) => statusLabel(c as never, 'en')),
    ).toEqual(['Exceeded', 'Achieved', 'Nearly achieved', 'Not achieved', 'No data']);
    expect(
      ['achieved', 'on-track', 'acceleration-needed', 'limited-progress', 'deterioration'].map((c) =>
        statusLabel(c as never, 'vi', 'onTrack'),
      ),
    ).toEqual(['Đã đạt', 'Đúng tiến độ', 'Cần tăng tốc', 'Tiến độ chậm', 'Đi ngược']);
  });

  it('unknown codes and languages are #VALUE!; an error passes through', () => {
    expect(statusLabel('great' as never)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(statusLabel('toString' as never)).toMatchObject({ code: '#VALUE!' });
    expect(statusLabel('achieved', 'fr' as never)).toMatchObject({ code: '#VALUE!' });
    const upstream = attainment(1, 0);
    expect(statusLabel(upstream as never)).toBe(upstream);
  });
});

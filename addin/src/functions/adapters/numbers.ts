// CHITIEU.PARSEVN: text typed the Vietnamese (or English) way, read as numbers.
import { isChitieuError, parseLocaleNumber, type LocaleNumberInput, type NumberLocale } from '@chitieu/core';
import type { ExcelArg, ExcelMatrix, Host } from '../excel.js';
import { optionFromExcel, textFromExcel } from '../coerce.js';
import { cellwise, elementwise, isOneCell } from '../elementwise.js';
import { firstCell } from '../shape.js';
import { single } from '../result.js';

/** The locale of PARSEVN: `vi` when left out (the function exists to read Vietnamese text). */
function localeOf(value: unknown): NumberLocale {
  return (
    value === undefined ? 'vi' : value === 'vi-vn' ? 'vi-VN' : value === 'en-us' ? 'en-US' : value
  ) as NumberLocale;
}

/** Factory of the number-reading adapter for one host (error maker and language). */
export function numberFunctions(host: Host) {
  return {
    PARSEVN: (text: ExcelArg, locale?: ExcelArg): ExcelMatrix => {
      const texts = { name: 'text', read: textFromExcel };
      if (isOneCell(locale ?? null)) {
        const chosen = optionFromExcel(firstCell(locale ?? null));
        if (isChitieuError(chosen)) return single(chosen, host);
        return elementwise(host, 'parseLocaleNumber', [texts], [text], ([t]) =>
          parseLocaleNumber.array(t as LocaleNumberInput[], localeOf(chosen)),
        );
      }
      return cellwise(
        host,
        'parseLocaleNumber',
        [texts, { name: 'locale', read: optionFromExcel }],
        [text, locale ?? null],
        ([t, l]) => parseLocaleNumber(t as LocaleNumberInput, localeOf(l)),
      );
    },
  };
}

/**
 * A stable code for an indicator of a wide table, which has none: the ASCII slug of its
 * Vietnamese name (diacritics dropped, đ → d, words joined by _), at most 40 characters cut at a
 * word; a second indicator with the same slug gets its STT path appended ("_ii_3"), then a number.
 * The same name gives the same code next year, so a mapping file keeps working.
 *
 * @example
 * indicatorCode('Tỷ lệ hộ nghèo', 'II.3', new Set())
 * //=> 'ty_le_ho_ngheo'
 */
export function indicatorCode(name: string, stt: string, used: Set<string>): string {
  const base = slug(name) || 'chi_tieu';
  let code = base;
  if (used.has(code) && stt !== '') code = `${base}_${slug(stt)}`;
  for (let n = 2; used.has(code); n++) code = `${base}_${n}`;
  used.add(code);
  return code;
}

/** ASCII words joined by _, at most 40 characters (cut at a word). */
export function slug(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((w) => w !== '');
  let out = '';
  for (const w of words) {
    const next = out === '' ? w : `${out}_${w}`;
    if (next.length > 40 && out !== '') break;
    out = next.slice(0, 40);
  }
  return out;
}

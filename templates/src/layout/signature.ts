/**
 * The signature block every official annex ends with, as provincial annexes and statistical forms
 * print it: on the left the one who compiled it ("Người lập biểu"), on the right the place and
 * date line ("Thái Bình, ngày … tháng … năm …") over the signer's authority and title ("TM. ỦY BAN
 * NHÂN DÂN" / "CHỦ TỊCH", or "Thủ trưởng đơn vị"), each with the note of what goes there and room
 * to sign. The dotted places are plain text cells the officer overtypes, like the "Kèm theo Báo
 * cáo số …" cell; `--place`, `--signer-title`, `--signer` and `--preparer` fill them in advance.
 * Renderer-neutral: the .xlsx writes it under the assessment, the Word document under its text.
 */
import { word } from './labels.js';
import { heightOf, type SheetBuilder } from './sheetPart.js';

export interface SignatureOptions {
  /** The place of the date line (địa danh); the province when not given. */
  place?: string;
  /** The signer's authority and title, one line each: `['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']`. */
  signerTitle?: string[];
  /** The signer's full name, printed under the room to sign. */
  signer?: string;
  /** The full name of the one who compiled the annex. */
  preparer?: string;
}

/** One side of the block: its title lines, the note of what goes there, and the name. */
export interface Signatory {
  titles: string[];
  note: string;
  name: string;
}

/** What the block says, in the report's language. */
export interface SignatureBlock {
  placeDate: string;
  preparer: Signatory;
  signer: Signatory;
}

/**
 * The block's texts. The signer is the People's Committee's chairman when the report names a
 * province (its issuer line is "UBND TỈNH …", so the committee signs: "TM. ỦY BAN NHÂN DÂN",
 * "CHỦ TỊCH"), else the head of the unit that compiled it.
 *
 * @example
 * signatureBlock('vi', { province: 'Thái Bình' }).placeDate  // 'Thái Bình, ngày … tháng … năm …'
 * signatureBlock('vi', {}).signer.titles                      // ['THỦ TRƯỞNG ĐƠN VỊ']
 */
export function signatureBlock(lang: 'vi' | 'en', options: SignatureOptions & { province?: string }): SignatureBlock {
  const given = options.signerTitle?.map((t) => t.trim()).filter((t) => t !== '');
  const titles =
    given && given.length > 0
      ? given
      : options.province
        ? [word('onBehalfOfCommittee', lang), word('chairman', lang)]
        : [word('headOfUnit', lang)];
  const place = options.place?.trim() || options.province?.trim() || word('placeUnknown', lang);
  return {
    placeDate: word('placeDate', lang, { place }),
    preparer: {
      titles: [word('preparer', lang)],
      note: word('preparerNote', lang),
      name: options.preparer?.trim() || word('signerName', lang),
    },
    signer: { titles, note: word('signerNote', lang), name: options.signer?.trim() || word('signerName', lang) },
  };
}

/** How wide (characters) each side of the block is at least, so that "TM. ỦY BAN NHÂN DÂN" fits on a line. */
const SIDE_WIDTH = 30;
/** The digit widths (pixels) of the default font in Excel and in LibreOffice on Debian (sheetPart.ts `pageEnds`). */
const DIGIT_WIDTHS = [7, 8.5];
/** Blank rows left to sign and stamp in, and their height (points): about 3 cm in all. */
const ROOM_TO_SIGN = { rows: 4, height: 20 } as const;

/**
 * Stage 5c: the block under the last section of the report sheet, from row `first`, the preparer
 * under the first columns and the signer under the last ones (each side as wide as its text
 * needs, within the table's width, so the print area holds it), on one printed page. Returns
 * the next free row.
 */
export function signatureUnderTable(
  sheet: SheetBuilder,
  block: SignatureBlock,
  first: number,
  last: number,
  headerRow: number,
): number {
  let left = 1;
  while (left < last - 1 && sheet.width(1, left) < SIDE_WIDTH) left++;
  let right = last;
  while (right > left + 1 && sheet.width(right, last) < SIDE_WIDTH) right--;
  // Each side's lines: the titles in bold, then the note of what goes there.
  const linesOf = (who: Signatory) => [
    ...who.titles.map((text) => ({ text, style: 'annex' as const })),
    { text: who.note, style: 'attached' as const },
  ];
  // The block is signed as one: when it would run over a page's end in Excel or in LibreOffice
  // (their pages end at different rows), it starts the next page. Decided before its first row
  // is written, as a streamed sheet needs.
  const sideRows = Math.max(block.preparer.titles.length, block.signer.titles.length) + 1;
  const tall = (2 + sideRows) * heightOf(1) + ROOM_TO_SIGN.rows * ROOM_TO_SIGN.height;
  const split = (digit: number) => {
    const before = sheet.pageEnds(first - 1, headerRow, digit);
    return before.used + tall > before.room;
  };
  if (DIGIT_WIDTHS.some(split)) sheet.pageBreak(first);
  sheet.line(first, right, last, block.placeDate, 'attached');
  // Row by row, left side before right: a streamed sheet is written top to bottom.
  const [preparer, signer] = [linesOf(block.preparer), linesOf(block.signer)];
  for (let k = 0; k < sideRows; k++) {
    if (preparer[k]) sheet.line(first + 1 + k, 1, left, preparer[k].text, preparer[k].style);
    if (signer[k]) sheet.line(first + 1 + k, right, last, signer[k].text, signer[k].style);
  }
  const below = first + 1 + sideRows;
  for (let r = below; r < below + ROOM_TO_SIGN.rows; r++) sheet.room(r, ROOM_TO_SIGN.height);
  const names = below + ROOM_TO_SIGN.rows;
  sheet.line(names, 1, left, block.preparer.name, 'annex');
  sheet.line(names, right, last, block.signer.name, 'annex');
  return names + 2;
}

/**
 * `@chitieu/core/internal`: the helpers chitieu's own packages share with the core (the array
 * form's row reading, the language argument, a number as a message shows it), so that the
 * sentence writer in `@chitieu/words` reads its arguments by the same rules as every core
 * function. Not part of the documented API.
 */
export { cell, rowCount, rowErrors } from './arrayForm.js';
export { badLang, langOf, type Lang, type Language } from './lang.js';
export { shown } from './shown.js';

/** The `Buffer` global the readers and writers use (zip parts, exceljs images), from the `buffer` package. */
export { Buffer } from 'buffer';

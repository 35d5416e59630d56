/** `node:stream/promises` for the page: only the CLI's file writer waits on streams, and the page writes no file. */
export function finished(): never {
  throw new Error('chitieu web: the page writes no file stream (downloads only)');
}
export default { finished };

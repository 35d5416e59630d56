/**
 * `node:zlib`'s inflateRawSync for the .xlsx reader (templates' BoundedZip), with its
 * maxOutputLength budget enforced while inflating, as zlib does: fflate's streaming inflater
 * hands over the output piece by piece and the budget stops a zip bomb at the budget, with
 * zlib's own error code, so BoundedZip's message is the CLI's. fflate: MIT, pure JavaScript,
 * no dependencies, about 8 KB of it bundled; the browser's DecompressionStream is asynchronous
 * and the reader is not.
 */
import { Buffer } from 'buffer';
import { Inflate } from 'fflate';

export function inflateRawSync(data: Uint8Array, options: { maxOutputLength?: number } = {}): Buffer {
  const limit = options.maxOutputLength ?? Number.MAX_SAFE_INTEGER;
  const pieces: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new Inflate((piece, final) => {
    size += piece.length;
    if (size > limit)
      throw Object.assign(new Error('Cannot create a Buffer larger than the limit'), { code: 'ERR_BUFFER_TOO_LARGE' });
    pieces.push(piece);
    ended = final;
  });
  inflater.push(data, true);
  if (!ended) throw new Error('unexpected end of deflate data');
  return Buffer.concat(pieces, size);
}
export default { inflateRawSync };

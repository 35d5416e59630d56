/** `node:string_decoder` for the CSV reader's pieces: the browser's TextDecoder in streaming mode, same UTF-8 rules. */
export class StringDecoder {
  private readonly decoder: TextDecoder;
  constructor(encoding = 'utf8') {
    this.decoder = new TextDecoder(encoding === 'utf8' ? 'utf-8' : encoding);
  }
  write(bytes: Uint8Array): string {
    return this.decoder.decode(bytes, { stream: true });
  }
  end(bytes?: Uint8Array): string {
    return this.decoder.decode(bytes);
  }
}
export default { StringDecoder };

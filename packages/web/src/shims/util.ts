/** `node:util` for the page: the CLI's argument parser is imported with its modules but never run here. */
export function parseArgs(): never {
  throw new Error('chitieu web: no command line in the page');
}
export default { parseArgs };

/**
 * `node:module` for the page. templates' streaming writer (streamReport, the CLI's `report` for
 * large files) loads one of exceljs's internal writers through createRequire when its module
 * loads; the page writes its workbook whole (buildReport, as the CLI does for `--chart`), so the
 * stand-in is only constructed if the streaming writer were run here, and then says so.
 */
export function createRequire(): (id: string) => unknown {
  return (id) =>
    class NotInThePage {
      constructor() {
        throw new Error(`chitieu web: ${id} belongs to the streaming writer, which the page does not use`);
      }
    };
}
export default { createRequire };

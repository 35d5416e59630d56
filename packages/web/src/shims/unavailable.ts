/**
 * Node modules the CLI's packages import for what the page never does (LibreOffice recalculation
 * in templates/src/excel/libreoffice.ts, the CLI's atomic file writes): bundled as this, so a call would say so, not crash silently.
 */
function unavailable(): never {
  throw new Error('chitieu web: not available in a web page');
}
export const execFile = unavailable;
export const tmpdir = unavailable;
export const spawn = unavailable;
export const randomBytes = unavailable;
export default { execFile, tmpdir, spawn, randomBytes };

/**
 * Exit codes of `chitieu`, documented in `chitieu --help` and the user guide. Scripts switch on
 * them, so they never change meaning.
 */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** Wrong command line: unknown command or option, missing argument. */
  usage: 1,
  /** The input file is not valid (every problem is listed); nothing was written. */
  invalidInput: 2,
  /** The output file exists and --force was not given; nothing was written. */
  outputExists: 3,
  /** `check`: the file is valid but some figures are inconsistent (warnings listed). */
  inconsistent: 4,
  /** The output could not be written (permissions, disk), or an unexpected failure. */
  failure: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_HELP = {
  vi: `Mã thoát: 0 xong; 1 sai cú pháp lệnh; 2 tệp đầu vào không hợp lệ (không ghi gì); 3 tệp kết quả đã có, cần --force; 4 check: số liệu không nhất quán; 5 không ghi được tệp hoặc lỗi khác.`,
  en: `Exit codes: 0 done; 1 usage error; 2 invalid input (nothing written); 3 output exists, use --force; 4 check: inconsistent figures; 5 cannot write the output, or another failure.`,
};

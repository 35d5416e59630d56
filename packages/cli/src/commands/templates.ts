import { templates } from '@chitieu/templates';
import { parse } from '../args.js';
import { EXIT } from '../exitCodes.js';
import { type Io } from '../io.js';
import { textTable } from '../summary.js';

export const TEMPLATES_HELP = {
  vi: 'chitieu templates [--lang vi|en] [--json]\n\nLiệt kê các biểu mẫu báo cáo và các cột của chúng.\n',
  en: 'chitieu templates [--lang vi|en] [--json]\n\nLists the report templates and their columns.\n',
};

export async function templatesCommand(args: string[], io: Io): Promise<number> {
  const { values, lang } = parse(args, {});
  if (values.help) {
    io.out(TEMPLATES_HELP[lang]);
    return EXIT.ok;
  }
  const list = Object.values(templates);
  if (values.json) {
    io.out(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = list.map((t) => [t.id, t.formCode, t.title[lang], t.columns.map((c) => c.key).join(', ')]);
  io.out(
    `${textTable(lang === 'vi' ? ['Mẫu', 'Mã', 'Tên', 'Cột'] : ['Template', 'Form', 'Title', 'Columns'], rows, 120)}\n`,
  );
  return EXIT.ok;
}

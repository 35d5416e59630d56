/**
 * chitieu in a web page: the officer's file is read, checked and laid out by the CLI's own
 * `buildReport` in a worker (src/worker.ts), and shown here as the CLI would write it: the
 * problems with their cells, the wide table's mapping preview, the table with its status colours,
 * the assessment sentences and the chart; then downloaded as the CLI's .xlsx (values or
 * formulas), .docx and .png. Nothing leaves the machine (the page's policy allows no request).
 */
import { parseTerm, isChitieuError } from '@chitieu/core';
import {
  assessmentSection,
  templates,
  TEMPLATE_IDS,
  type Mode,
  type SheetLayout,
  type TemplateId,
} from '@chitieu/templates';
import { renderProblems } from '@chitieu/input';
import { reportChart, type Chart } from './chart.js';
import type { FromWorker, ReportChoice, ToWorker } from './protocol.js';
import { reportTable } from './table.js';
import { TEXTS, type PageLang, type TextKey } from './texts.js';

declare const CHITIEU_WORKER_SOURCE: string;
declare const CHITIEU_SAMPLE: { name: string; text: string };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const worker = new Worker(URL.createObjectURL(new Blob([CHITIEU_WORKER_SOURCE], { type: 'text/javascript' })));
let nextId = 1;
const waiting = new Map<number, (message: FromWorker) => void>();
worker.onmessage = (event: MessageEvent<FromWorker>) => {
  const message = event.data;
  if (message.type === 'progress') {
    if (message.id === latest) showProgress(message.label, message.percent);
    return;
  }
  waiting.get(message.id)?.(message);
  waiting.delete(message.id);
};

function ask(message: ToWorker & { id: number }): Promise<FromWorker> {
  return new Promise((resolve) => {
    waiting.set(message.id, resolve);
    worker.postMessage(message);
  });
}

let lang: PageLang = navigator.language.toLowerCase().startsWith('en') ? 'en' : 'vi';
let fileName: string | null = null;
let latest = 0;
let shown: { layout: SheetLayout; portable: Uint8Array; chart?: Chart; choice: ReportChoice } | null = null;

const say = (key: TextKey) => TEXTS[lang][key];

/** Every element with data-text gets its words in the page's language. */
function translate(): void {
  document.documentElement.lang = lang;
  document.title = say('title');
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-text]')))
    element.textContent = say(element.dataset.text as TextKey);
  const select = $<HTMLSelectElement>('template');
  for (const option of Array.from(select.options))
    option.textContent = templates[option.value as TemplateId].title[lang];
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-lang]')))
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

function showProgress(label: string, percent: number): void {
  const bar = $<HTMLProgressElement>('progress');
  bar.hidden = false;
  bar.value = percent;
  $('status').textContent = `${say('working')} ${label} ${percent}%`;
}

/** The report options of the page, as the CLI takes them; a term that does not parse is said. */
function choice(): ReportChoice | string {
  const template = $<HTMLSelectElement>('template').value as TemplateId;
  const number = (id: string) => {
    const text = $<HTMLInputElement>(id).value.trim();
    return text === '' ? undefined : Number(text);
  };
  const text = (id: string) => $<HTMLInputElement>(id).value.trim() || undefined;
  const termText = text('term');
  const term = termText === undefined ? undefined : parseTerm(termText);
  if (term !== undefined && isChitieuError(term)) return term.message[lang];
  return {
    template,
    lang,
    term,
    year: number('year'),
    quarter: number('quarter'),
    indicator: text('indicator'),
    period: text('period'),
    province: text('province'),
  };
}

/** Shows the options the chosen report takes (the CLI's: --term, --year, --quarter, --indicator, --period). */
function showOptions(): void {
  const template = $<HTMLSelectElement>('template').value;
  const uses: Record<string, string[]> = {
    'term-review': ['term'],
    'annual-plan': ['year'],
    quarterly: ['year', 'quarter'],
    coverage: ['indicator', 'period'],
  };
  for (const id of ['term', 'year', 'quarter', 'indicator', 'period'])
    $(`field-${id}`).hidden = !uses[template].includes(id);
}

async function makeReport(): Promise<void> {
  showOptions();
  if (fileName === null) {
    $('status').textContent = say('chooseFirst');
    return;
  }
  const chosen = choice();
  for (const id of ['results', 'downloads']) $(id).hidden = true;
  if (typeof chosen === 'string') {
    $('status').textContent = chosen;
    return;
  }
  const id = nextId++;
  latest = id;
  $('status').textContent = say('working');
  document.body.setAttribute('aria-busy', 'true');
  const answer = await ask({ type: 'report', id, choice: chosen, mode: 'portable' });
  if (id !== latest) return;
  document.body.removeAttribute('aria-busy');
  $('progress').hidden = true;
  if (answer.type === 'failed') {
    $('status').textContent = say('failed') + answer.message;
    return;
  }
  if (answer.type !== 'report') return;
  $('results').hidden = false;
  const problems = $('problems-list');
  problems.replaceChildren();
  const lines = answer.problems.length ? renderProblems(answer.problems, lang).split('\n') : [say('noProblems')];
  for (const line of lines.filter((l) => l.trim() !== '')) {
    const li = document.createElement('li');
    li.textContent = line.trim();
    problems.appendChild(li);
  }
  $('preview-section').hidden = answer.preview === '';
  $('preview').textContent = answer.preview.trim();
  $('report-section').hidden = !answer.ok;
  $('assessment-section').hidden = !answer.ok;
  $('chart-section').hidden = !answer.ok;
  if (!answer.ok || !answer.layout || !answer.bytes) {
    shown = null;
    $('status').textContent = say('refused');
    $('problems-section').focus();
    return;
  }
  const layout = answer.layout;
  shown = { layout, portable: answer.bytes, choice: chosen };
  $('table-wrap').replaceChildren(reportTable(layout, templates[layout.templateId].title[lang]));
  const sentences = $('sentences');
  sentences.replaceChildren();
  for (const line of assessmentSection(layout).lines) {
    const li = document.createElement('li');
    li.textContent = line;
    sentences.appendChild(li);
  }
  const chart = await reportChart(layout);
  if (id !== latest) return;
  shown.chart = chart;
  const image = $<HTMLImageElement>('chart');
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`;
  image.alt = say('chartAlt');
  $('downloads').hidden = false;
  $('status').textContent = say('ready');
}

/**
 * The names officers give these files (the guides' examples): danh-gia-nhiem-ky-2021-2025,
 * ke-hoach-2024, quy-3-2025, bao-phu; the workbook with formulas is "-cong-thuc".
 */
function baseName(layout: SheetLayout): string {
  const s = layout.settings;
  switch (layout.templateId) {
    case 'term-review':
      return `danh-gia-nhiem-ky-${s.baseYear + 1}-${s.endYear}`;
    case 'annual-plan':
      return `ke-hoach-${s.year}`;
    case 'quarterly':
      return `quy-${s.quarter}-${s.year}`;
    default:
      return 'bao-phu';
  }
}

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
};

function save(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function download(kind: 'portable' | 'live' | 'docx' | 'png'): Promise<void> {
  if (!shown?.chart) return;
  const { layout, chart } = shown;
  const base = baseName(layout);
  if (kind === 'portable') return save(shown.portable, `${base}.xlsx`, MIME.xlsx);
  if (kind === 'png') return save(chart.png, `${base}.png`, MIME.png);
  const id = nextId++;
  if (kind === 'live') {
    const mode: Mode = 'live';
    const answer = await ask({ type: 'report', id, choice: shown.choice, mode });
    if (answer.type === 'report' && answer.bytes) save(answer.bytes, `${base}-cong-thuc.xlsx`, MIME.xlsx);
    return;
  }
  const answer = await ask({
    type: 'docx',
    id,
    layout,
    chart: { png: chart.png, width: chart.width, height: chart.height },
  });
  if (answer.type === 'docx') save(answer.bytes, `${base}.docx`, MIME.docx);
}

async function useFile(file: File): Promise<void> {
  fileName = file.name;
  worker.postMessage({
    type: 'file',
    name: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  } satisfies ToWorker);
  await makeReport();
}

function start(): void {
  const select = $<HTMLSelectElement>('template');
  for (const id of TEMPLATE_IDS) select.add(new Option(id, id));
  translate();
  showOptions();
  $<HTMLInputElement>('file').addEventListener('change', (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void useFile(file);
  });
  const drop = $('drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) void useFile(file);
  });
  $('sample').addEventListener('click', () => void useFile(new File([CHITIEU_SAMPLE.text], CHITIEU_SAMPLE.name)));
  for (const id of ['template', 'term', 'year', 'quarter', 'indicator', 'period', 'province'])
    $(id).addEventListener('change', () => void makeReport());
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-lang]')))
    button.addEventListener('click', () => {
      lang = button.dataset.lang as PageLang;
      translate();
      void makeReport();
    });
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-download]')))
    button.addEventListener('click', () => void download(button.dataset.download as 'portable'));
  $('status').textContent = say('chooseFirst');
}

start();

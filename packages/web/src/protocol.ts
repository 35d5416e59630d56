/** The messages between the page and its worker (src/worker.ts): plain data, structured-cloned. */
import type { Mode, SheetLayout, TemplateId } from '@chitieu/templates';
import type { Problem, WideReading } from '@chitieu/input';
import type { Term } from '@chitieu/core';

/** What the officer chose on the page: the CLI's `report` options the page offers. */
export interface ReportChoice {
  template: TemplateId;
  lang: 'vi' | 'en';
  term?: Term;
  year?: number;
  quarter?: number;
  indicator?: string;
  period?: string;
  province?: string;
}

export type ToWorker =
  | { type: 'file'; name: string; bytes: Uint8Array }
  | { type: 'report'; id: number; choice: ReportChoice; mode: Mode }
  | {
      type: 'docx';
      id: number;
      layout: SheetLayout;
      chart: { png: Uint8Array; width: number; height: number };
    };

export type FromWorker =
  | { type: 'progress'; id: number; label: string; percent: number }
  | {
      type: 'report';
      id: number;
      ok: boolean;
      layout?: SheetLayout;
      bytes?: Uint8Array;
      problems: Problem[];
      wide?: WideReading;
      /** What the CLI prints on standard error for this input (the wide mapping preview). */
      preview: string;
    }
  | { type: 'docx'; id: number; bytes: Uint8Array }
  | { type: 'failed'; id: number; message: string };

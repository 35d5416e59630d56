/**
 * The chart: the CLI's SVG (attainmentChartSvg, the same bars, colours, words and size), made
 * into a PNG by the browser's own canvas. The CLI renders it with the native resvg; its wasm
 * build would give pixel-identical PNGs but adds about 2.5 MB to a page that must load from a
 * USB stick on an office PC, while the canvas costs nothing and draws the same SVG (the pixels
 * differ only in font rasterising: the browser's Vietnamese fonts instead of DejaVu Sans).
 */
import { attainmentChartSvg } from '@chitieu/templates/chart';
import type { SheetLayout } from '@chitieu/templates';

export interface Chart {
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/** The chart of a report under its own title (the sheet's title cell), as the CLI's reportChart draws it. */
export async function reportChart(layout: SheetLayout): Promise<Chart> {
  const title = layout.cells.find((c) => c.style === 'title')?.value;
  const svg = attainmentChartSvg(layout, String(title ?? ''));
  const width = Number(/width="(\d+)"/u.exec(svg)?.[1]);
  const height = Number(/height="(\d+)"/u.exec(svg)?.[1]);
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas made no PNG');
  return { svg, png: new Uint8Array(await blob.arrayBuffer()), width, height };
}

/**
 * The CLI's native PNG renderer (@resvg/resvg-js) has no browser build: the page rasterises the
 * same SVG (attainmentChartSvg) with the browser's canvas instead (src/chart.ts), so this is
 * never constructed; a call that reached it would be a bug of the page, and says so.
 */
export class Resvg {
  constructor() {
    throw new Error('chitieu web: the chart is rasterised by the page (canvas), not by resvg');
  }
}

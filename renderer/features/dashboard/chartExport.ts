// Saving a chart card's numbers (CSV) or picture (PNG) as a file the browser downloads.

import { downloadBlob } from '../../ui/download';
import type { LegendItem } from './chartTable';
import { INK, MUTED, SURFACE } from './palette';

interface PngHeading {
  title: string;
  subtitle: string;
  legend: LegendItem[];
}

const SCALE = 2;
const PAD = 16;

/**
 * Draws the chart's SVG on a white canvas at twice its size, under its title, period and legend
 * (the legend is HTML on screen, so it is drawn here too). The SVG is loaded as a data: URL, which
 * the CSP's img-src allows.
 */
export async function saveChartPng(svg: SVGSVGElement, heading: PngHeading, fileName: string) {
  const { width, height } = svg.getBoundingClientRect();
  const font = getComputedStyle(svg).fontFamily || 'sans-serif';
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('font-family', font);
  const xml = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
  await image.decode();

  const top = PAD + 24 + 20 + (heading.legend.length > 0 ? 26 : 0) + 8;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil((width + 2 * PAD) * SCALE);
  canvas.height = Math.ceil((top + height + PAD) * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This computer cannot draw the picture.');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = SURFACE;
  ctx.fillRect(0, 0, width + 2 * PAD, top + height + PAD);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'top';
  ctx.font = `700 18px ${font}`;
  ctx.fillText(heading.title, PAD, PAD);
  ctx.font = `14px ${font}`;
  ctx.fillStyle = MUTED;
  ctx.fillText(heading.subtitle, PAD, PAD + 26);
  let x = PAD;
  for (const item of heading.legend) {
    const y = PAD + 50;
    ctx.fillStyle = item.color;
    ctx.fillRect(x, y + 1, 14, 14);
    ctx.fillStyle = INK;
    ctx.fillText(item.name, x + 20, y);
    x += 20 + ctx.measureText(item.name).width + 24;
  }
  ctx.drawImage(image, PAD, top, width, height);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new Error('The picture could not be made.');
  downloadBlob(blob, fileName);
}

// Reads a PDF the browser printed, with Mozilla's PDF.js: its pages, their text, and the first page drawn
// as pixels (on PDF.js's own optional canvas package) to see what was printed.
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PrintedPdf = {
  pages: number;
  text: string[];
  /** RGBA pixels of page 1 at 72 dpi. */
  firstPage: { width: number; height: number; data: Uint8ClampedArray };
};

export async function readPdf(bytes: Buffer): Promise<PrintedPdf> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const text: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    text.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const page = await document.getPage(1);
  const viewport = page.getViewport({ scale: 1 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  const { width, height, data } = context.getImageData(0, 0, canvas.width, canvas.height);
  await document.destroy();
  return { pages: document.numPages, text, firstPage: { width, height, data } };
}

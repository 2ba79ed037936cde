import { PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishPdf, type PdfMetadata } from '../../../src/node/pdf-metadata';

const META: PdfMetadata = {
  title: '数读2020｜穆棱',
  author: '杜坤 本报记者 刘晓云',
  subject: '穆棱市2020年的关键数字',
  keywords: ['穆棱', '牡丹江日报'],
  language: 'zh-CN',
  creator: '数读2020',
  producer: 'test',
  // The site's own publication and last change, as the change log dates them.
  created: new Date('2026-12-01T12:00:00Z'),
  modified: new Date('2026-12-08T01:00:00Z'),
};

/** A one-page PDF stamped, as Chromium stamps its own, with the time it was made. */
async function printedAt(when: Date, size: [number, number] = [595.28, 841.89]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage(size);
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  doc.setProducer('Skia/PDF');
  return doc.save();
}

describe('finishPdf', () => {
  it('sets title, author, subject, keywords, creator and producer', async () => {
    const { bytes } = await finishPdf(await printedAt(new Date()), META);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(META.title);
    expect(doc.getAuthor()).toBe(META.author);
    expect(doc.getSubject()).toBe(META.subject);
    expect(doc.getKeywords()).toBe('穆棱 牡丹江日报');
    expect(doc.getCreator()).toBe(META.creator);
    expect(doc.getProducer()).toBe(META.producer);
  });

  it('sets the document language to zh-CN', async () => {
    const { bytes } = await finishPdf(await printedAt(new Date()), META);
    const doc = await PDFDocument.load(bytes);
    const lang = doc.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined).toBe('zh-CN');
  });

  it('replaces the time of printing with the dates given: the creation date and, apart, the modification date', async () => {
    const { bytes } = await finishPdf(await printedAt(new Date('2026-05-05T12:34:56Z')), META);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-12-01T12:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-12-08T01:00:00.000Z');
  });

  it('gives the same bytes for the same page printed at two different times', async () => {
    const a = await finishPdf(await printedAt(new Date('2026-01-01T00:00:00Z')), META);
    const b = await finishPdf(await printedAt(new Date('2026-06-30T23:59:59Z')), META);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('writes a document ID derived from the content', async () => {
    const { bytes } = await finishPdf(await printedAt(new Date()), META);
    const trailer = Buffer.from(bytes).toString('latin1').split('trailer').at(-1)!;
    expect(trailer).toMatch(/\/ID \[ <([0-9A-F]{32})> <\1> \]/i);
  });

  it('gives another page, with the same metadata, another document ID', async () => {
    const id = (bytes: Uint8Array) => /\/ID \[ <([0-9A-F]{32})>/i.exec(Buffer.from(bytes).toString('latin1').split('trailer').at(-1)!)?.[1];
    const a4 = await finishPdf(await printedAt(new Date(), [595.28, 841.89]), META);
    const a5 = await finishPdf(await printedAt(new Date(), [419.53, 595.28]), META);
    expect(id(a4.bytes)).toMatch(/^[0-9A-F]{32}$/i);
    expect(id(a5.bytes)).toMatch(/^[0-9A-F]{32}$/i);
    expect(id(a5.bytes)).not.toBe(id(a4.bytes));
  });

  it('asks viewers to show the title, not the file name, in their title bar', async () => {
    const { bytes } = await finishPdf(await printedAt(new Date()), META);
    const doc = await PDFDocument.load(bytes);
    expect(doc.catalog.getViewerPreferences()?.getDisplayDocTitle()).toBe(true);
  });

  it('reports the size of each page in points', async () => {
    const { pages } = await finishPdf(await printedAt(new Date()), META);
    expect(pages).toEqual([{ width: 595.28, height: 841.89 }]);
  });
});

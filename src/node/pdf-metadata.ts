import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString } from 'pdf-lib';

/** What a PDF says about itself in its document information and catalog. */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47, e.g. zh-CN: screen readers and text extraction pick the right language from it. */
  language: string;
  creator: string;
  producer: string;
  /**
   * Creation and modification date: the site's own publication and last change, from the change
   * log (Chromium would stamp the time of printing, which would make every build differ).
   */
  created: Date;
  modified: Date;
}

export interface FinishedPdf {
  bytes: Uint8Array;
  /** Page sizes in PDF points, in order. */
  pages: { width: number; height: number }[];
}

/**
 * Rewrites a PDF with the metadata given and nothing that depends on the time or the machine, so
 * that the same input gives the same bytes. The document ID (which PDF 2.0 requires) is derived
 * from the content instead of a clock.
 */
export async function finishPdf(input: Uint8Array, meta: PdfMetadata): Promise<FinishedPdf> {
  const pdf = await PDFDocument.load(input, { updateMetadata: false });
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setLanguage(meta.language);
  pdf.setCreator(meta.creator);
  pdf.setProducer(meta.producer);
  pdf.setCreationDate(meta.created);
  pdf.setModificationDate(meta.modified);

  // Classic cross-reference tables, no object streams: plainer files whose layout pdf-lib writes the
  // same way every time.
  const save = () => pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
  pdf.context.trailerInfo.ID = undefined;
  const digest = createHash('md5')
    .update(await save())
    .digest('hex');
  const id = PDFHexString.of(digest);
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
  return {
    bytes: await save(),
    pages: pdf.getPages().map((p) => p.getSize()),
  };
}

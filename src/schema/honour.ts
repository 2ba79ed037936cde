import { z } from 'astro/zod';
import { honourId, paragraphId, Phase, SectionSlug, Year } from './vocab';

/** A title or honour the article names, once each: something conferred on a holder. */
export const Honour = z.strictObject({
  id: honourId,
  /** The title as printed, without quotation marks, e.g. 全国新型城镇化建设示范县. */
  title: z.string().min(1),
  /** Who holds it, as printed: 穆棱市, 穆棱经济开发区, 共和乡… */
  holder: z.string().min(1),
  level: z.enum(['national', 'provincial']),
  phase: Phase,
  year: Year,
  section: SectionSlug,
  paragraph: paragraphId,
  quote: z.string().min(4),
});
export type Honour = z.infer<typeof Honour>;

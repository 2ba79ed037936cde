import { z } from 'astro/zod';

/** What we know about the article itself. Its date and page are not in our copy: never invent them. */
export const Source = z.strictObject({
  id: z.literal('article'),
  newspaper: z.string().min(1),
  kicker: z.string().min(1),
  /** The place the story is about, and one line that says where it is (for readers who do not know). */
  place: z.string().min(1),
  locator: z.string().min(1),
  headline: z.string().min(1),
  /** The byline as printed, without layout marks. */
  byline: z.string().min(1),
  authors: z.array(z.string().min(1)).min(1),
  /** The year of publication as far as the text tells (it refers to a meeting held 年初). */
  published: z.string().min(1),
  /** What the text says of its own date, in the article's words: the meeting it reports was held 年初. */
  publishedNote: z.string().min(1),
  figuresYear: z.literal(2020),
  photoCredit: z.string().min(1),
  photoNote: z.string().min(1),
});
export type Source = z.infer<typeof Source>;

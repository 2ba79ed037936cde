/** Where the build writes each section's share image and Moments poster, and their sizes. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
export const POSTER = { width: 1080, height: 1920 } as const;

export function shareImagePath(slug: string): string {
  return `/share/${slug}.png`;
}

export function posterPath(slug: string): string {
  return `/share/${slug}-poster.png`;
}

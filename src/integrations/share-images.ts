import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration } from 'astro';
import { posterPath, shareImagePath } from '../lib/share';
import { shareImageSvg } from './share/card';
import { shareModel, type ShareModel } from './share/model';
import { posterSvg } from './share/poster';
import { prepareFonts, renderPng } from './share/render';
import { loadContent, type LoadedContent } from './load-content';

/** One image to write: its site path and its SVG. */
export interface ShareImage {
  readonly path: string;
  readonly svg: string;
}

/** The share image and the poster of every section, in reading order, as SVG. */
export function shareImages(content: LoadedContent, site: string | URL): ShareImage[] {
  const sections = [...content.sections].sort((a, b) => a.order - b.order);
  return sections.flatMap((s) => {
    const model: ShareModel = shareModel(content, s.id, site);
    return [
      { path: shareImagePath(s.id), svg: shareImageSvg(model) },
      { path: posterPath(s.id), svg: posterSvg(model, content) },
    ];
  });
}

/**
 * Renders every image into `outDir` (a folder path); returns what was written. Renders overlap on
 * resvg's worker threads; files are written in a fixed order, so the output never depends on timing.
 */
export async function writeShareImages(content: LoadedContent, site: string | URL, outDir: string) {
  const images = shareImages(content, site);
  const fonts = await prepareFonts(images.map((image) => image.svg).join(''));
  let pngs: Buffer[];
  try {
    pngs = await Promise.all(images.map((image) => renderPng(image.svg, fonts.options)));
  } finally {
    fonts.dispose();
  }
  let bytes = 0;
  images.forEach((image, i) => {
    const file = join(outDir, image.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pngs[i]!);
    bytes += pngs[i]!.length;
  });
  return { count: images.length, bytes };
}

/**
 * Share images (1200 × 630) and Moments posters (1080 × 1920) for every section, drawn after the
 * pages are built, into <outDir>/share/. The URLs in them come from the site setting (SITE_URL).
 */
export default function shareImagesIntegration(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) throw new Error('share images need `site` in astro.config.mjs (set SITE_URL)');
        const started = performance.now();
        const { content, issues } = loadContent();
        // content-guard has already stopped the build on bad content; this only guards a direct call.
        if (issues.length) throw new Error(`share images: the content has ${issues.length} problem(s); run the build to see them`);
        const { count, bytes } = await writeShareImages(content, site, fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`share images: ${count} PNGs, ${Math.round(bytes / 1024)} KB, ${seconds} s`);
      },
    },
  };
}

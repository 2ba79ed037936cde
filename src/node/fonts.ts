import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * The typeface the project bundles (an npm package, not the machine's fonts): Noto Sans SC as
 * TrueType, regular and bold. What the build renders — the handout PDF, the share images — is set
 * in it, so every build machine makes the same files. TrueType subsets embed in a PDF as small CID
 * fonts (the system's CFF collections would become Type 3 outlines).
 */
const FACES = { 400: '400Regular/NotoSansSC_400Regular.ttf', 700: '700Bold/NotoSansSC_700Bold.ttf' } as const;
export type Weight = keyof typeof FACES;
export const WEIGHTS = [400, 700] as const satisfies readonly Weight[];
export const BUNDLED_FAMILY = 'Noto Sans SC';

export function faceFile(weight: Weight): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json')), FACES[weight]);
}

/** A TrueType copy of the face cut down (by harfbuzz) to the characters of `text`, same outlines and metrics. */
export async function subsetFace(weight: Weight, text: string): Promise<Buffer> {
  return subsetFont(readFileSync(faceFile(weight)), text, { targetFormat: 'truetype' });
}

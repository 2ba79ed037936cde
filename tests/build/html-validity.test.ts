// Every built page passes the Nu HTML Checker (vnu.jar, the validator behind validator.w3.org/nu)
// with no error; each error is listed as page:line: message.
//
// html-validate (validity.test.ts) stays beside it, because each catches what the other does not:
// vnu knows the HTML standard's parsing rules and content models, microdata included (an
// `itemprop` outside any item, a `<script>` after `</html>`), which html-validate lets pass;
// html-validate's recommended rules flag what vnu does not count as an error — a link without
// text, landmarks without distinct names, inline styles, a class given twice, a button without a
// type, a role its element already has.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/node/files';
import { DIST, ROOT } from './dist';

const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
/** vnu reads all our pages in seconds; two minutes means it hangs. */
const VNU_LIMIT_MS = 120_000;

const SECTIONS = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye', 'chengxiang', 'minsheng'];
/** Every page of the built site, as a file in dist/. */
const PAGES = [
  'index.html',
  'yuanwen/index.html',
  'changes/index.html',
  'data/index.html',
  'handout/index.html',
  '404.html',
  ...SECTIONS.map((s) => `s/${s}/index.html`),
];
const files = PAGES.map((f) => join(DIST, f));

interface Message {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  message: string;
  extract?: string;
}

interface Report {
  status: number | null;
  messages: Message[];
}

async function checkPages(): Promise<Report> {
  if (!existsSync(VNU)) throw new Error(`${relative(ROOT, VNU)} is missing: run \`npm ci\``);
  const result = await new Promise<{ status: number | null; signal: string | null; stdout: string; stderr: string }>((resolve, reject) => {
    const args = ['-jar', VNU, '--errors-only', '--format', 'json', '--stdout', ...files];
    execFile('java', args, { timeout: VNU_LIMIT_MS, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error?.code === 'ENOENT') reject(new Error('java is missing: run `npm run setup:env` (installs a Java runtime)'));
      else
        resolve({
          status: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          signal: error?.signal ?? null,
          stdout,
          stderr,
        });
    });
  });
  let report: { messages?: Message[] } | null = null;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    // Checked below.
  }
  if (!Array.isArray(report?.messages))
    throw new Error(`vnu wrote no report (exit ${result.status ?? result.signal}):\n${(result.stdout + result.stderr).slice(-2000)}`);
  return { status: result.status, messages: report.messages };
}

// One run of vnu over every page; each test reads it, and fails with its error if it failed.
let outcome: PromiseSettledResult<Report> | undefined;
beforeAll(async () => {
  [outcome] = await Promise.allSettled([checkPages()]);
}, VNU_LIMIT_MS + 30_000);
const vnu = (): Report => {
  if (outcome?.status !== 'fulfilled') throw outcome?.reason ?? new Error('vnu did not run');
  return outcome.value;
};

const errorsOf = (file: string) =>
  vnu()
    .messages.filter((m) => m.url && fileURLToPath(m.url) === file)
    .map(
      (m) =>
        `${relative(ROOT, file)}:${m.lastLine ?? m.firstLine ?? '?'}: ${m.message}${m.extract ? ` «${m.extract.replace(/\s+/g, ' ').trim()}»` : ''}`,
    );

describe('the Nu HTML Checker (vnu), errors only', () => {
  it('checks every page in dist/: the story, 原文, the change log, the data, the handout, 404 and every section', () => {
    expect(
      filesUnder(DIST)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    ).toEqual([...PAGES].sort());
    // vnu exits 0 exactly when it found no error.
    const { status, messages } = vnu();
    expect(status).toBe(messages.some((m) => m.type === 'error' || m.type === 'non-document-error') ? 1 : 0);
  });

  it('reports nothing that is not about a page (an unreadable file, an internal error)', () => {
    const stray = vnu().messages.filter((m) => !m.url || !files.includes(fileURLToPath(m.url)));
    expect(stray.map((m) => `${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`)).toEqual([]);
  });

  it.each(files.map((f) => [relative(DIST, f), f]))('%s has no errors', (_page, file) => {
    expect(errorsOf(file)).toEqual([]);
  });
});

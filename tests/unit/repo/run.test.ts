// The time limit every child process of the scripts and tests runs under: a command that hangs is
// stopped, with the processes it started, and the error names it and its limit.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CommandTimeout, run, runSync } from '../../../scripts/lib/run.mjs';
import { gone } from './processes';

const scratch = mkdtempSync(join(tmpdir(), 'run-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A Node script that starts a long sleep in a session of its own (as Chromium starts its
 * helpers), writes the sleeper's pid to `pidFile`, then hangs.
 */
const hangWithChild = (pidFile: string) => [
  '-e',
  `const c = require('node:child_process').spawn('sleep', ['60'], { detached: true, stdio: 'ignore' });
   require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid));
   console.log('started');
   setInterval(() => {}, 1000);`,
];

describe('run (async)', { timeout: 30_000 }, () => {
  it('gives the exit status and the output of a command that finishes in time', async () => {
    const result = await run(process.execPath, ['-e', 'console.log("out"); console.error("err"); process.exit(3)'], { timeout: 20_000 });
    expect(result.status).toBe(3);
    expect(result.stdout).toBe('out\n');
    expect(result.stderr).toBe('err\n');
  });

  it('stops a command that outlives its limit, with the process it started, and says which command and after how long', async () => {
    const pidFile = join(scratch, 'async.pid');
    const started = Date.now();
    const error = await run(process.execPath, hangWithChild(pidFile), { timeout: 1500 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CommandTimeout);
    expect(Date.now() - started).toBeLessThan(10_000);
    const message = (error as Error).message;
    expect(message).toContain(`${process.execPath} -e`);
    expect(message).toContain('after 1.5 s');
    // The output so far comes with it, to show where it hung.
    expect(message).toContain('started');
    expect(await gone(Number(readFileSync(pidFile, 'utf8'))), 'the sleeper it started is stopped too').toBe(true);
  });

  it('refuses to run without a limit, and names a command that is not installed', async () => {
    expect(() => run('true', [], {} as never)).toThrow(/time limit/);
    await expect(run('no-such-command-here', [], { timeout: 5000 })).rejects.toThrow(/no-such-command-here is not installed/);
  });
});

describe('runSync', { timeout: 30_000 }, () => {
  it('gives the exit status and the output, and passes input in', () => {
    const result = runSync(
      process.execPath,
      ['-e', 'process.stdin.pipe(process.stdout); process.on("exit", () => { process.exitCode = 2 })'],
      { timeout: 20_000, input: '汉字 in' },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('汉字 in');
  });

  it('stops a command that outlives its limit, with the process it started, and says which command and after how long', async () => {
    const pidFile = join(scratch, 'sync.pid');
    const started = Date.now();
    expect(() => runSync(process.execPath, hangWithChild(pidFile), { timeout: 1500 })).toThrow(CommandTimeout);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(() => runSync(process.execPath, hangWithChild(pidFile), { timeout: 1000 })).toThrow(/`.+ -e .+` was still running after 1 s/s);
    expect(await gone(Number(readFileSync(pidFile, 'utf8'))), 'the sleeper it started is stopped too').toBe(true);
  });

  it('names a command that is not installed', () => {
    expect(() => runSync('no-such-command-here', [], { timeout: 5000 })).toThrow(/no-such-command-here is not installed/);
  });
});

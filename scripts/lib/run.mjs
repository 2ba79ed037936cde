// Runs a command with a time limit. When the limit passes, the command and every process it
// started (a build's Chromium, say) are stopped, and the caller gets an error that names the
// command and the limit — so that one hung process fails a run instead of hanging it.
//
// run()     — async; for scripts and tests that can await.
// runSync() — the same, blocking; for code that must stay synchronous. It runs the command under
//             a small supervisor (this file, run by Node), because spawnSync on its own can only
//             kill the process it started, not that process's children.
//
// Neither throws when the command merely exits non-zero: callers read `status`.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);

/**
 * @typedef {object} RunOptions
 * @property {number} timeout  The time limit in milliseconds (required: nothing runs unbounded).
 * @property {string} [cwd]
 * @property {NodeJS.ProcessEnv} [env]
 * @property {'pipe' | 'inherit'} [stdio]  'pipe' (the default) captures stdout and stderr;
 *   'inherit' passes them through.
 * @property {string} [input]  Written to the command's stdin (runSync only).
 */
/**
 * @typedef {object} RunResult
 * @property {number | null} status  The exit code, or null when a signal ended the command.
 * @property {NodeJS.Signals | null} signal
 * @property {string} stdout  Empty with stdio 'inherit'.
 * @property {string} stderr
 * @property {string} output  stdout and stderr as they came, interleaved.
 * @property {number} ms  How long the command ran.
 */

/** The command as one would type it, shortened if long, for messages. */
export function describeCommand(command, args = []) {
  const text = [command, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

const seconds = (ms) => `${Number((ms / 1000).toFixed(1))} s`;

/** Thrown when a command outlived its time limit (it has been stopped by then). */
export class CommandTimeout extends Error {
  /**
   * @param {string} command  as describeCommand gives it
   * @param {number} limit  ms
   * @param {string} [tail]  the last of its output, when it was captured
   */
  constructor(command, limit, tail = '') {
    super(
      `timed out: \`${command}\` was still running after ${seconds(limit)}, its time limit; ` +
        `it was stopped, with every process it had started.${tail ? `\nIts last output:\n${tail}` : ''}`,
    );
    this.name = 'CommandTimeout';
    this.command = command;
    this.limit = limit;
  }
}

/** Every process's parent, from /proc (Linux) or, failing that, from ps. */
function parents() {
  /** @type {Map<number, number>} */
  const parent = new Map();
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        // "pid (comm) state ppid …"; comm may itself hold spaces and parentheses.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // The process ended while we looked.
      }
    }
    if (parent.size > 0) return parent;
  } catch {
    // No /proc: not Linux.
  }
  const ps = spawnSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8', timeout: 10_000 });
  for (const line of (ps.stdout ?? '').split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (pid && ppid !== undefined) parent.set(pid, ppid);
  }
  return parent;
}

/** pid and all its descendants. */
function tree(pid) {
  const parent = parents();
  const found = [pid];
  for (let i = 0; i < found.length; i++) {
    for (const [child, of] of parent) if (of === found[i] && !found.includes(child)) found.push(child);
  }
  return found;
}

/**
 * Stops a process and everything under it. The tree is frozen first (SIGSTOP), again and again
 * until no new process turns up, so that nothing in it can start another process while we look;
 * then all of it is killed. Descendants are found by parent id, not by process group: Chromium,
 * for one, puts itself in a group of its own.
 */
export function killTree(pid) {
  const seen = new Set();
  for (let round = 0; round < 20; round++) {
    const fresh = tree(pid).filter((p) => !seen.has(p));
    if (fresh.length === 0) break;
    for (const p of fresh) {
      seen.add(p);
      try {
        process.kill(p, 'SIGSTOP');
      } catch {
        // Already gone.
      }
    }
  }
  for (const p of seen) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** The last lines of some output, for an error message. */
const tail = (text, lines = 20) => text.trimEnd().split('\n').slice(-lines).join('\n');

/**
 * Runs `command` with `args`; resolves when it exits, whatever its status; rejects with
 * CommandTimeout when it outlives `options.timeout`, or with an error when it cannot start.
 * @param {string} command
 * @param {string[]} [args]
 * @param {RunOptions} options
 * @returns {Promise<RunResult>}
 */
export function run(command, args = [], options) {
  const { timeout, cwd, env, stdio = 'pipe' } = options ?? {};
  const label = describeCommand(command, args);
  if (!(Number(timeout) > 0)) throw new TypeError(`run(${label}): give it a time limit (options.timeout, in ms)`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    /** @type {Record<'stdout' | 'stderr' | 'output', string[]>} */
    const text = { stdout: [], stderr: [], output: [] };
    for (const name of /** @type {const} */ (['stdout', 'stderr'])) {
      child[name]?.setEncoding('utf8');
      child[name]?.on('data', (chunk) => {
        text[name].push(chunk);
        text.output.push(chunk);
      });
    }
    let timedOut = false;
    let done = false;
    const finish = (/** @type {number | null} */ status, /** @type {NodeJS.Signals | null} */ signal) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const output = text.output.join('');
      if (timedOut) reject(new CommandTimeout(label, timeout, tail(output)));
      else resolve({ status, signal, stdout: text.stdout.join(''), stderr: text.stderr.join(''), output, ms: performance.now() - started });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) killTree(child.pid);
      // A process that outlived the command may still hold its output open: stop reading it, and
      // do not wait for it to close for long.
      child.stdout?.destroy();
      child.stderr?.destroy();
      setTimeout(() => finish(null, 'SIGKILL'), 5_000).unref();
    }, timeout);
    child.on('error', (error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      reject(
        Object.assign(
          new Error(
            `could not run \`${label}\`: ${code === 'ENOENT' ? `${command} is not installed (not found on PATH)` : error.message}`,
            { cause: error },
          ),
          { code },
        ),
      );
    });
    child.on('close', (status, signal) => finish(status, signal));
  });
}

/**
 * run(), blocking. Output is always captured (as UTF-8 text).
 * @param {string} command
 * @param {string[]} [args]
 * @param {RunOptions} options
 * @returns {RunResult}
 */
export function runSync(command, args = [], options) {
  const { timeout, cwd, env, input } = options ?? {};
  const label = describeCommand(command, args);
  if (!(Number(timeout) > 0)) throw new TypeError(`runSync(${label}): give it a time limit (options.timeout, in ms)`);
  const started = performance.now();
  const supervisor = spawnSync(process.execPath, [SELF, '--supervise', JSON.stringify({ command, args, timeout })], {
    cwd,
    env: env ?? process.env,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // fd 3 carries the supervisor's report; stdout and stderr are the command's own.
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    // A backstop, should the supervisor itself hang.
    timeout: timeout + 30_000,
    killSignal: 'SIGKILL',
  });
  const stdout = supervisor.stdout ?? '';
  const stderr = supervisor.stderr ?? '';
  let report;
  try {
    report = JSON.parse(/** @type {string} */ (supervisor.output?.[3]) || 'null');
  } catch {
    report = null;
  }
  if (report?.timedOut || (!report && /** @type {NodeJS.ErrnoException | undefined} */ (supervisor.error)?.code === 'ETIMEDOUT')) {
    throw new CommandTimeout(label, timeout, tail(stdout + stderr));
  }
  if (report?.error) throw Object.assign(new Error(report.error), { code: report.code });
  if (!report)
    throw new Error(
      `could not run \`${label}\`: its supervisor ended without a report (${supervisor.error?.message ?? `status ${supervisor.status}, signal ${supervisor.signal}`})\n${tail(stderr)}`,
    );
  return { status: report.status, signal: report.signal, stdout, stderr, output: stdout + stderr, ms: performance.now() - started };
}

// The supervisor runSync starts: runs the command with this process's stdin, stdout and stderr,
// under the time limit, and reports on fd 3.
if (process.argv[1] === SELF && process.argv[2] === '--supervise') {
  const { command, args, timeout } = JSON.parse(process.argv[3] ?? '{}');
  const report = (/** @type {object} */ r) => {
    writeSync(3, JSON.stringify(r));
    process.exit(0);
  };
  run(command, args, { timeout, stdio: 'inherit' }).then(
    ({ status, signal }) => report({ status, signal }),
    (error) => report(error instanceof CommandTimeout ? { timedOut: true } : { error: error.message, code: error.code }),
  );
}

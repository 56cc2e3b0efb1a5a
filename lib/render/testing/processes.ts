import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../server/testing/free-port';
import path from 'node:path';

/** Test helpers that run the real programs: redis-server and render worker processes. */

const root = path.resolve(__dirname, '..', '..', '..');

export { freePort };


export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** Spawns a program in its own process group and resolves once a line of its output matches `ready`. */
function startProcess(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, timeoutMs: number): Promise<Started> {
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  const output = () => out;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child);
      reject(new Error(`${name} did not start within ${timeoutMs} ms:\n${out.slice(-3000)}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve({ child, output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`${name} could not start (${err.message})${name === 'redis-server' ? ': install it with `node scripts/ensure-redis.mjs`' : ''}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signal ?? code}) before it was ready:\n${out.slice(-3000)}`));
    });
  });
}

/** Kills a spawned process and everything it started (its process group), as a machine crash would. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

export interface RedisServer {
  url: string;
  stop: () => Promise<void>;
}

/** Debian's redis-server on a free loopback port, nothing persisted (installed by scripts/ensure-redis.mjs). */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const bin = process.env.REDIS_SERVER || 'redis-server';
  const { child } = await startProcess(
    'redis-server',
    bin,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    process.env,
    /Ready to accept connections/,
    15_000,
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      killGroup(child, 'SIGTERM');
      await exited(child);
    },
  };
}

export interface WorkerProcess {
  /** The id it claims jobs under (`WORKER_ID:pid`), as recorded in Render.leaseOwner. */
  workerId: string;
  child: ChildProcess;
  output: () => string;
  /** SIGKILL to the worker process alone: it dies mid-job without cleaning up. */
  kill: () => Promise<void>;
  /** Stops the worker and anything it left behind (chunk processes, browsers). */
  stop: () => Promise<void>;
}

/** `npm run worker` as a real process (tsx lib/render/worker-main.ts), ready once its browser is open. */
export async function startWorker(name: string, env: Record<string, string>): Promise<WorkerProcess> {
  // `node --import tsx` rather than the tsx CLI, which would run the worker in a child process of its own:
  // the pid here must be the worker's, so a SIGKILL kills the worker itself.
  const { child, output } = await startProcess(
    `worker ${name}`,
    process.execPath,
    ['--import', 'tsx', 'lib/render/worker-main.ts'],
    { ...process.env, ...env, WORKER_ID: name },
    /\] ready \(/,
    60_000,
  );
  const workerId = /\[worker (\S+)\] ready/.exec(output())?.[1];
  if (workerId !== `${name}:${child.pid}`) throw new Error(`worker ${name} reported id ${workerId ?? '?'}, expected ${name}:${child.pid}`);
  return {
    workerId,
    child,
    output,
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => killGroup(child), 5_000);
      await exited(child);
      clearTimeout(timer);
      killGroup(child);
    },
  };
}

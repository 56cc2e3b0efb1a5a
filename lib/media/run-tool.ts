import { spawn } from 'node:child_process';
import os from 'node:os';
import { holdTool } from './tool-gate';

/** A failure of ffmpeg/ffprobe, with a message a person understands (and the tool's own words in `detail`). */
export class MediaToolError extends Error {
  override readonly name = 'MediaToolError';
  constructor(
    message: string,
    readonly detail: string = '',
  ) {
    super(message);
  }
}

export interface RunToolOptions {
  /** Kills the tool when it aborts (the job lost its lease, the worker is stopping). */
  signal?: AbortSignal;
  /** Kills the tool after this long: no input may block a worker. */
  timeoutMs: number;
  /** Receives stdout as it arrives (large outputs: decoded audio); otherwise stdout is collected. */
  onStdout?: (chunk: Buffer) => void;
  /** What the step is, for messages: "reading the file", "making the filmstrip"… */
  what: string;
  /** CPU priority (default: the lowest). Quick look-ups that a person waits for may run at 0. */
  niceness?: number;
  /**
   * Upload processing yields to a running render (tool-gate, the default). The render's own tools (its
   * encoder, mux, poster) pass false: holding them would stall the very render the gate protects.
   */
  yieldsToRenders?: boolean;
}

/** A tool outside the gate: it always runs, so its running time is its wall time. */
function notHeld() {
  const startedAt = Date.now();
  return { release: () => undefined, runningMs: () => Date.now() - startedAt };
}

/** Lowest CPU priority: processing uses idle cores and yields them to a running render. */
const NICENESS = 19;
const STDERR_KEEP = 8 * 1024;

/**
 * Runs a media tool at the lowest CPU priority, with a timeout and an abort signal; resolves with its
 * stdout, rejects with a MediaToolError naming the step and the tool's last words.
 */
export function runTool(bin: string, args: string[], opts: RunToolOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid) {
      try {
        os.setPriority(child.pid, opts.niceness ?? NICENESS);
      } catch {
        // Not allowed here (some containers): it still runs, only not deprioritized.
      }
    }
    const out: Buffer[] = [];
    let stderr = '';
    let killedFor: string | null = null;
    const kill = (why: string) => {
      killedFor ??= why;
      child.kill('SIGKILL');
      held.release();
    };
    // Yields to a running render (tool-gate); the timeout counts running time only, not time held stopped.
    const held = opts.yieldsToRenders === false ? notHeld() : holdTool(child);
    let timer: NodeJS.Timeout;
    const checkTimeout = () => {
      const left = opts.timeoutMs - held.runningMs();
      if (left <= 0) kill(`took longer than ${Math.round(opts.timeoutMs / 1000)} s`);
      else timer = setTimeout(checkTimeout, left);
    };
    timer = setTimeout(checkTimeout, opts.timeoutMs);
    const onAbort = () => kill('was stopped');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (opts.signal?.aborted) onAbort();
    child.stdout.on('data', (chunk: Buffer) => (opts.onStdout ? opts.onStdout(chunk) : out.push(chunk)));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
    });
    const finish = (err: Error | null) => {
      clearTimeout(timer);
      held.release();
      opts.signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(Buffer.concat(out));
    };
    child.on('error', (err) => finish(new MediaToolError(`Could not start ${bin} for ${opts.what}: ${err.message}`, err.message)));
    child.on('close', (code) => {
      if (killedFor) return finish(new MediaToolError(`${capitalize(opts.what)} ${killedFor}.`, stderr.trim()));
      if (code !== 0) return finish(new MediaToolError(describeToolFailure(opts.what, stderr), stderr.trim()));
      finish(null);
    });
  });
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** ffmpeg's stderr turned into a sentence: the common cases by name, else its last line. */
export function describeToolFailure(what: string, stderr: string): string {
  if (/moov atom not found/i.test(stderr)) {
    return 'The file is truncated or damaged: its index (moov atom) is missing, so it cannot be played.';
  }
  if (/Invalid data found when processing input|could not find codec parameters|EBML header parsing failed|: End of file$/im.test(stderr)) {
    return 'The file could not be read: it is damaged, truncated, or not the kind of file its type says.';
  }
  if (/No such file or directory/i.test(stderr)) return 'The stored file is missing.';
  const last = stderr.trim().split('\n').filter(Boolean).pop()?.trim() ?? 'unknown error';
  return `${capitalize(what)} failed: ${last.slice(0, 300)}`;
}

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holdTool, PERIOD_MS, renderRunning, RUN_MS } from './tool-gate';
import { runTool } from './run-tool';

/** CPU time (user+sys, ms) of a process, from /proc. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
const state = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[0];
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/**
 * The state a process reaches within 2 s: a signal takes effect when the target next runs, which on a
 * loaded machine can be tens of milliseconds after it was sent.
 */
async function reachedState(pid: number, want: (s: string | undefined) => boolean): Promise<string | undefined> {
  let s = state(pid);
  for (const until = Date.now() + 2000; !want(s) && Date.now() < until; s = state(pid)) await wait(10);
  return s;
}

describe('tool gate: processing yields to a running render', () => {
  it('holds a busy tool to its duty-cycle share while a render runs, and lets it run fully after', async () => {
    const child = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
    const pid = child.pid!;
    const held = holdTool(child);
    try {
      await wait(300);
      const release = renderRunning();
      expect(await reachedState(pid, (s) => s === 'T')).toBe('T');
      const before = cpuMs(pid);
      await wait(2000);
      const share = (cpuMs(pid) - before) / 2000;
      expect(share).toBeGreaterThan(0); // progresses: never starved
      expect(share).toBeLessThan((RUN_MS / PERIOD_MS) * 1.6);
      release();
      expect(await reachedState(pid, (s) => s !== 'T')).not.toBe('T');
      const after = cpuMs(pid);
      await wait(1000);
      // Free again: well above the held share (a loaded machine may still give it less than a whole core).
      expect((cpuMs(pid) - after) / 1000).toBeGreaterThan((RUN_MS / PERIOD_MS) * 3);
    } finally {
      held.release();
      child.kill('SIGKILL');
    }
  });

  it('counts only running time toward a tool timeout', async () => {
    const release = renderRunning();
    try {
      // A 1.5 s sleep under a 1 s timeout, with a render running: the gate lets it run ~8 % of the time
      // (RUN_MS / PERIOD_MS), so it lives 1.5 s of wall time but only ~0.1–0.4 s of running time (more if this
      // process's timers fire late on a loaded machine). A timeout on wall time would kill it; on running time
      // it must not. Sleeping needs almost no CPU, so the test does not hang on how busy the machine is (an
      // earlier version burnt 0.25 CPU-s at nice 19 and, under a loaded CI run, outlived vitest's 30 s).
      const started = Date.now();
      await runTool('sleep', ['1.5'], { timeoutMs: 1000, what: 'waiting' });
      expect(Date.now() - started).toBeGreaterThan(1000);
    } finally {
      release();
    }
    await expect(runTool('sleep', ['5'], { timeoutMs: 300, what: 'waiting' })).rejects.toThrow(/took longer/);
  });

  it("never holds the render's own tools (encoder, mux, poster: yieldsToRenders false)", async () => {
    const release = renderRunning();
    /** The states of a 1 s tool, sampled while it runs with a render running (T = stopped). */
    const statesOf = async (yieldsToRenders: boolean) => {
      let pid = 0;
      const seen: string[] = [];
      const run = runTool('sh', ['-c', 'echo $$; exec sleep 1'], { timeoutMs: 10_000, what: 'waiting', yieldsToRenders, onStdout: (c) => (pid ||= Number(String(c).trim())) });
      while (!pid) await wait(10);
      for (let i = 0; i < 10; i++) {
        await wait(50);
        try {
          seen.push(state(pid) ?? '?');
        } catch {
          // ended
        }
      }
      await run;
      return seen;
    };
    try {
      expect(await statesOf(true)).toContain('T');
      expect(await statesOf(false)).not.toContain('T');
    } finally {
      release();
    }
  });
});

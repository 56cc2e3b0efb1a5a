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

describe('tool gate: processing yields to a running render', () => {
  it('holds a busy tool to its duty-cycle share while a render runs, and lets it run fully after', async () => {
    const child = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
    const pid = child.pid!;
    const held = holdTool(child);
    try {
      await wait(300);
      const release = renderRunning();
      await wait(20);
      expect(state(pid)).toBe('T');
      const before = cpuMs(pid);
      await wait(2000);
      const share = (cpuMs(pid) - before) / 2000;
      expect(share).toBeGreaterThan(0); // progresses: never starved
      expect(share).toBeLessThan((RUN_MS / PERIOD_MS) * 1.6);
      release();
      await wait(20);
      expect(state(pid)).not.toBe('T');
      const after = cpuMs(pid);
      await wait(1000);
      expect((cpuMs(pid) - after) / 1000).toBeGreaterThan(0.5);
    } finally {
      held.release();
      child.kill('SIGKILL');
    }
  });

  it('counts only running time toward a tool timeout', async () => {
    const release = renderRunning();
    try {
      // ~0.2 CPU-s of busy work (Node's start included) takes > 1 s of wall time at the gate's share: a 1 s
      // timeout on wall time would kill it; on running time it must not.
      const busy = 'const t = process.cpuUsage(); while (process.cpuUsage(t).user < 150_000);';
      const started = Date.now();
      await runTool(process.execPath, ['-e', busy], { timeoutMs: 1000, what: 'working' });
      expect(Date.now() - started).toBeGreaterThan(1000);
    } finally {
      release();
    }
    await expect(runTool('sleep', ['5'], { timeoutMs: 300, what: 'waiting' })).rejects.toThrow(/took longer/);
  });
});

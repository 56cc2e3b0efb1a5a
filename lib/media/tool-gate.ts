import type { ChildProcess } from 'node:child_process';

/**
 * Processing yields to renders. While a render runs in this process, every running media tool is held
 * stopped (SIGSTOP) and let run (SIGCONT) for RUN_MS of every PERIOD_MS: processing still progresses, at
 * a bounded share of one core (RUN_MS / PERIOD_MS), and never starves. With no render running, tools
 * run at full speed. Timeouts count only running time (see `runningMs`).
 */
export const PERIOD_MS = 200;
export const RUN_MS = 16;

interface Held {
  child: ChildProcess;
  stopped: boolean;
  /** Total time spent stopped, for timeouts that count running time only. */
  stoppedMs: number;
  stoppedAt: number;
}

const tools = new Set<Held>();
let renders = 0;
let timer: NodeJS.Timeout | null = null;

function signal(h: Held, stop: boolean) {
  if (h.stopped === stop || h.child.exitCode !== null || h.child.signalCode !== null) return;
  try {
    h.child.kill(stop ? 'SIGSTOP' : 'SIGCONT');
  } catch {
    return;
  }
  const now = Date.now();
  if (stop) h.stoppedAt = now;
  else h.stoppedMs += now - h.stoppedAt;
  h.stopped = stop;
}

function cycle(phase: 'stop' | 'run') {
  timer = null;
  if (renders === 0 || tools.size === 0) {
    for (const h of tools) signal(h, false);
    return;
  }
  for (const h of tools) signal(h, phase === 'stop');
  timer = setTimeout(() => cycle(phase === 'stop' ? 'run' : 'stop'), phase === 'stop' ? PERIOD_MS - RUN_MS : RUN_MS);
  timer.unref();
}

function reschedule() {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  cycle('stop');
}

/** Marks a render as running in this process until the returned function is called. */
export function renderRunning(): () => void {
  renders++;
  reschedule();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    renders--;
    reschedule();
  };
}

export const isRenderRunning = () => renders > 0;

/** Puts a tool process under the gate; `release` when it exits. `runningMs` = time since start minus time stopped. */
export function holdTool(child: ChildProcess): { release: () => void; runningMs: () => number } {
  const startedAt = Date.now();
  const h: Held = { child, stopped: false, stoppedMs: 0, stoppedAt: 0 };
  tools.add(h);
  if (renders > 0 && !timer) cycle('stop');
  else if (renders > 0 && timer) signal(h, true);
  return {
    release: () => {
      signal(h, false);
      tools.delete(h);
    },
    runningMs: () => Date.now() - startedAt - h.stoppedMs - (h.stopped ? Date.now() - h.stoppedAt : 0),
  };
}

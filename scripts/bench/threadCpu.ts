import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';

/**
 * CPU time of the renderer's threads from /proc (Linux): unlike frame rates and task durations, which stretch when
 * other processes share the cores, the CPU a thread used barely moves with the machine's load. Clock ticks of 10 ms.
 */
const TICK_MS = 10;

export interface ThreadCpu {
  /** CPU ms of each renderer's main thread (the thread whose id is the process id), by process id. */
  readonly main: Map<string, number>;
  /** CPU ms of each renderer process, all threads (main, compositor, workers). */
  readonly process: Map<string, number>;
}

/** The process ids of the browser's renderers, from CDP's SystemInfo. */
export async function rendererPids(browser: Browser): Promise<number[]> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  } finally {
    await session.detach();
  }
}

function cpuMs(statPath: string): { ms: number } | null {
  try {
    const stat = readFileSync(statPath, 'utf8');
    // After the command name in brackets: state is field 3, utime 14 and stime 15 (1-based over the whole line).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return null;
  }
}

export function readThreadCpu(pids: readonly number[]): ThreadCpu {
  const main = new Map<string, number>();
  const process = new Map<string, number>();
  for (const pid of pids) {
    const total = cpuMs(`/proc/${pid}/stat`);
    if (total !== null) process.set(String(pid), total.ms);
    const mainThread = cpuMs(`/proc/${pid}/task/${pid}/stat`);
    if (mainThread !== null) main.set(String(pid), mainThread.ms);
  }
  return { main, process };
}

/** The CPU ms used between two readings: by the busiest renderer main thread, and by the busiest renderer. */
export function cpuUsed(before: ThreadCpu, after: ThreadCpu): { mainThreadMs: number; rendererMs: number } {
  const busiest = (a: Map<string, number>, b: Map<string, number>) => Math.max(0, ...[...b].map(([key, ms]) => ms - (a.get(key) ?? ms)));
  return { mainThreadMs: busiest(before.main, after.main), rendererMs: busiest(before.process, after.process) };
}

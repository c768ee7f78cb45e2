// CPU time from /proc (Linux only), for scripts/bench.mjs and scripts/bench/ab.mjs: on a shared
// machine the wall clock also measures the load, while the CPU time a run's processes spent is
// theirs alone (README, "Speed, memory and size", session 14).
import { readdirSync, readFileSync } from 'node:fs';

/** /proc's clock tick in ms: USER_HZ is 100 on Linux, so readings move in steps of 10 ms. */
export const TICK_MS = 10;

/** CPU ms (user and system, every thread, the exited ones included) spent so far by every living
 * process descended from this one: a headless browser's main, renderer, network and other
 * processes. Take the difference of two readings around the region to time. */
export function childrenCpuMs() {
  const children = new Map();
  const cpu = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone since the listing
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    const ppid = Number(fields[1]);
    cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  let total = 0;
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length) {
    const pid = stack.pop();
    total += cpu.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

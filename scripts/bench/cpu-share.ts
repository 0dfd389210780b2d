/**
 * How much of the machine's CPU time went to processes other than the bench,
 * its server and its PostgreSQL while a scale was being measured. On a
 * shared machine (other test runs, builds) the figures are only as good as
 * this is small. Linux only (/proc); elsewhere it reports nothing.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";

type Sample = { busy: number; total: number; ours: number };

function machineTicks(): { busy: number; total: number } {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number);
  const busy = user! + nice! + system! + irq! + softirq! + steal!;
  return { busy, total: busy + idle! + iowait! };
}

/** CPU ticks of `rootPid` and its descendants, including children they have reaped. */
function treeTicks(rootPid: number): number {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime, stime, cutime, cstime are fields 14–17 of stat, 11–14 after the name
      parents.set(Number(entry), Number(fields[1]));
      ticks.set(
        Number(entry),
        fields.slice(11, 15).reduce((sum, t) => sum + Number(t), 0),
      );
    } catch {
      // gone meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid, hops = 0; at && hops < 64; hops++) {
      if (at === rootPid) return true;
      at = parents.get(at);
    }
    return false;
  };
  let sum = 0;
  for (const [pid, t] of ticks) if (inTree(pid)) sum += t;
  return sum;
}

/** CPU seconds used so far by `pid` and its descendants (undefined without /proc). */
export function processTreeCpuSeconds(pid: number): number | undefined {
  // clock ticks: USER_HZ, 100 on Linux
  return existsSync("/proc/stat") ? treeTicks(pid) / 100 : undefined;
}

export function startCpuShare(): () => number | undefined {
  if (!existsSync("/proc/stat")) return () => undefined;
  const take = (): Sample => ({ ...machineTicks(), ours: treeTicks(process.pid) });
  const before = take();
  return () => {
    const after = take();
    const total = after.total - before.total;
    const others = after.busy - before.busy - (after.ours - before.ours);
    return total > 0 ? Math.max(0, others / total) : undefined;
  };
}

/**
 * Samples the resident memory of the server process and everything it
 * started, every `intervalMs`, for the whole run: read from /proc on Linux,
 * from `ps` elsewhere.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

type Sample = { at: number; mb: number };

function processTable(): Array<{ pid: number; ppid: number; rssKb: number }> {
  if (!existsSync("/proc/self/stat")) {
    return execFileSync("ps", ["-A", "-o", "pid=,ppid=,rss="], { encoding: "utf8" })
      .trim()
      .split("\n")
      .map((line) => line.trim().split(/\s+/).map(Number))
      .map(([pid, ppid, rssKb]) => ({ pid: pid!, ppid: ppid!, rssKb: rssKb! }));
  }
  const table = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // the command name may hold spaces and parentheses: fields start after the last ")"
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.push({ pid: Number(entry), ppid: Number(fields[1]), rssKb: -1 });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/** VmRSS from /proc/<pid>/status, in kB (0 once the process is gone). */
function statusRssKb(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** RSS in MB of `rootPid` and all its descendants. */
export function treeRssMb(rootPid: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const row of table) children.set(row.ppid, [...(children.get(row.ppid) ?? []), row.pid]);
  const rss = new Map(table.map((row) => [row.pid, row.rssKb]));
  let totalKb = 0;
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop()!;
    const known = rss.get(pid);
    totalKb += known === undefined ? 0 : known >= 0 ? known : statusRssKb(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return totalKb / 1024;
}

export type MemorySampler = {
  /** highest sample between two times (Date.now()), or over the whole run */
  peakMb(from?: number, to?: number): number;
  stop(): { peakMb: number; meanMb: number; samples: number };
};

export function sampleMemory(rootPid: number, intervalMs = 500): MemorySampler {
  const samples: Sample[] = [];
  const take = () => {
    const mb = treeRssMb(rootPid);
    if (mb > 0) samples.push({ at: Date.now(), mb });
  };
  take();
  const timer = setInterval(take, intervalMs);
  timer.unref();
  const peakMb = (from = 0, to = Infinity) =>
    samples.filter((s) => s.at >= from && s.at <= to).reduce((peak, s) => Math.max(peak, s.mb), 0);
  return {
    peakMb,
    stop() {
      clearInterval(timer);
      take();
      const meanMb = samples.reduce((sum, s) => sum + s.mb, 0) / Math.max(1, samples.length);
      return { peakMb: peakMb(), meanMb, samples: samples.length };
    },
  };
}

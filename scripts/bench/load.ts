/**
 * The two load drivers. Over HTTP: autocannon, with every response timed
 * here (autocannon's own summary has no p95). Through bare pg: the same
 * number of async workers, each running one task after another. Both start
 * with a warm-up whose figures are thrown away.
 */
import autocannon from "autocannon";
import { summariseLatencies } from "@/scripts/bench/stats";
import type { LoadMeasurement } from "@/scripts/bench/results";
import { processTreeCpuSeconds } from "./cpu-share";

export type HttpRequestSpec = {
  method?: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
};

/**
 * Rounds last `seconds` (after `warmupSeconds`), or, with `requests`, run
 * exactly that many requests (after one per connection to warm up): the
 * smoke test's way to finish fast and never come back empty-handed.
 */
export type LoadSettings = {
  connections: number;
  warmupSeconds: number;
  seconds: number;
  requests?: number;
};

type Round = { seconds: number } | { requests: number };

function rounds(settings: LoadSettings): [Round, Round] {
  return settings.requests
    ? [{ requests: settings.connections }, { requests: settings.requests }]
    : [{ seconds: settings.warmupSeconds }, { seconds: settings.seconds }];
}

function measurement(
  latencies: number[],
  errorKinds: Record<string, number>,
  seconds: number,
): LoadMeasurement {
  const errors = Object.values(errorKinds).reduce((a, b) => a + b, 0);
  return {
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    latency: summariseLatencies(latencies),
    errors,
    errorKinds,
  };
}

const count = (kinds: Record<string, number>, kind: string) => {
  kinds[kind] = (kinds[kind] ?? 0) + 1;
};

function httpRound(
  baseUrl: string,
  connections: number,
  round: Round,
  next: () => HttpRequestSpec,
  refuse?: (status: number, body: string) => string | null,
): Promise<LoadMeasurement & { successes: number }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const errorKinds: Record<string, number> = {};
    let successes = 0;
    const started = performance.now();
    const instance = autocannon(
      {
        url: baseUrl,
        connections: "requests" in round ? Math.min(connections, round.requests) : connections,
        ...("requests" in round ? { amount: round.requests } : { duration: round.seconds }),
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => {
              const spec = next();
              return {
                ...request,
                method: spec.method ?? "GET",
                path: spec.path,
                headers: { ...spec.headers },
                body: spec.body,
              };
            },
            onResponse: refuse
              ? (status, body) => {
                  if (status < 200 || status >= 300) return;
                  const problem = refuse(status, body);
                  if (problem) count(errorKinds, problem);
                  else successes++;
                }
              : undefined,
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        if (result.timeouts) errorKinds.timeout = result.timeouts;
        const connectionErrors = result.errors - result.timeouts;
        if (connectionErrors > 0) errorKinds["connection error"] = connectionErrors;
        if (!refuse) successes = latencies.length - result.non2xx;
        // timed here: autocannon reports whole seconds for a fixed number of requests
        const seconds = (performance.now() - started) / 1000;
        resolve({ ...measurement(latencies, errorKinds, seconds), successes });
      },
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, time: number) => {
      latencies.push(time);
      if (status < 200 || status >= 300) count(errorKinds, `HTTP ${status}`);
    });
  });
}

/**
 * Drives the app over HTTP. `refuse` reads a 2xx body and names what is
 * wrong with it (a form error from a server action answers 200); the result
 * also counts the accepted responses of warm-up and run together, which is
 * what the database must show afterwards for writes.
 */
export async function runHttpLoad(options: {
  baseUrl: string;
  settings: LoadSettings;
  next: () => HttpRequestSpec;
  refuse?: (status: number, body: string) => string | null;
  /** the server process, to report the CPU it used during the measured round */
  serverPid?: number;
}): Promise<LoadMeasurement & { accepted: number }> {
  const { baseUrl, settings, next, refuse, serverPid } = options;
  const [warmupRound, measuredRound] = rounds(settings);
  const warmup = await httpRound(baseUrl, settings.connections, warmupRound, next, refuse);
  const cpuBefore = serverPid ? processTreeCpuSeconds(serverPid) : undefined;
  const run = await httpRound(baseUrl, settings.connections, measuredRound, next, refuse);
  const cpuAfter = serverPid ? processTreeCpuSeconds(serverPid) : undefined;
  const { successes, ...result } = run;
  const serverCores =
    cpuBefore !== undefined && cpuAfter !== undefined
      ? (cpuAfter - cpuBefore) / result.seconds
      : undefined;
  return { ...result, serverCores, accepted: warmup.successes + successes };
}

async function bareRound(
  connections: number,
  round: Round,
  task: (worker: number) => Promise<void>,
) {
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  const started = performance.now();
  const deadline = "seconds" in round ? started + round.seconds * 1000 : Infinity;
  let left = "requests" in round ? round.requests : Infinity;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      while (performance.now() < deadline && left-- > 0) {
        const begun = performance.now();
        try {
          await task(worker);
        } catch (error) {
          count(errorKinds, error instanceof Error ? error.message.slice(0, 80) : "error");
        }
        latencies.push(performance.now() - begun);
      }
    }),
  );
  return measurement(latencies, errorKinds, (performance.now() - started) / 1000);
}

/** The ceiling: `task` is one request's worth of queries, run by `connections` workers. */
export async function runBareLoad(options: {
  settings: LoadSettings;
  task: (worker: number) => Promise<void>;
}): Promise<LoadMeasurement> {
  const { settings, task } = options;
  const [warmupRound, measuredRound] = rounds(settings);
  await bareRound(settings.connections, warmupRound, task);
  return bareRound(settings.connections, measuredRound, task);
}

/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Loaded into the benchmarked `next start` with `node --require`, so the
 * bench can record the SQL that one request makes: for the bare-pg ceiling
 * (the same queries without the framework) and for EXPLAIN. It wraps
 * pg.Client#query, which is all a boolean test while not recording; SIGUSR2
 * starts recording and, sent again, stops it and writes what was recorded to
 * BENCH_SQL_CAPTURE_FILE. Plain CommonJS because it runs before anything
 * that could compile TypeScript.
 */
"use strict";

const fs = require("node:fs");
const captureFile = process.env.BENCH_SQL_CAPTURE_FILE;

if (captureFile) {
  const pg = require("pg");
  const { prepareValue } = require("pg/lib/utils");
  const originalQuery = pg.Client.prototype.query;
  const lanes = new WeakMap();
  let nextLane = 1;
  let recording = false;
  let startedAt = 0n;
  let queries = [];

  const now = () => Number(process.hrtime.bigint() - startedAt) / 1e6;
  const serialise = (value) => {
    const prepared = prepareValue(value);
    return Buffer.isBuffer(prepared) ? { base64: prepared.toString("base64") } : prepared;
  };

  // Connections that serve no request: the job queue's polls and the live
  // feed's LISTEN (db/job-queue-schema.ts, lib/live/claim-change-feed.ts name them).
  const backgroundConnections = new Set(["desk-job-queue", "desk-live-feed"]);

  pg.Client.prototype.query = function query(config, values, _callback) {
    if (
      !recording ||
      typeof config?.submit === "function" ||
      backgroundConnections.has(this.connectionParameters?.application_name)
    ) {
      return originalQuery.apply(this, arguments);
    }
    if (!lanes.has(this)) lanes.set(this, nextLane++);
    const text = typeof config === "string" ? config : config.text;
    const params = Array.isArray(values) ? values : (config?.values ?? []);
    const entry = {
      lane: lanes.get(this),
      text,
      values: params.map(serialise),
      start: now(),
      end: 0,
    };
    queries.push(entry);
    const done = () => {
      entry.end = now();
    };
    const args = [...arguments];
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const inner = args[last];
      args[last] = function (...results) {
        done();
        return inner.apply(this, results);
      };
      return originalQuery.apply(this, args);
    }
    const result = originalQuery.apply(this, args);
    if (result && typeof result.then === "function") result.then(done, done);
    else done();
    return result;
  };

  process.on("SIGUSR2", () => {
    if (!recording) {
      queries = [];
      startedAt = process.hrtime.bigint();
      recording = true;
      fs.writeFileSync(`${captureFile}.recording`, "");
    } else {
      recording = false;
      fs.writeFileSync(captureFile, JSON.stringify(queries));
    }
  });
}

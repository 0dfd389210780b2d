/**
 * V8 flags for the production server (`npm start`, and the bench, which must
 * measure the server as it runs in production). On a machine with plenty of
 * memory V8 lets the heap grow to gigabytes before collecting in earnest,
 * and under load the server's RSS climbed past 550 MB although what it
 * keeps alive is a fraction of that. A 384 MB old space holds RSS near
 * 370 MB under the bench's load with no measurable loss of throughput
 * (issue 7), and leaves room for an export or an import in flight.
 */
export const productionServerNodeFlags = ["--max-old-space-size=384"];

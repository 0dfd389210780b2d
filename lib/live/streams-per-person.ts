import "server-only";

/**
 * Each live stream holds a connection open and rechecks its viewer's
 * session every heartbeat: one account opening hundreds would tie up this
 * server and poll the database hundreds of times over. A person has at most
 * LIVE_STREAMS_PER_PERSON open on this server; opening one more closes their
 * oldest, whose page is told why and stops (a person with that many tabs
 * open rarely looks at the oldest). Counted per server process: behind a
 * balancer each instance allows as many.
 */
export const LIVE_STREAMS_PER_PERSON = 6;

const openStreams = new Map<string, Array<() => void>>();

/**
 * Counts a newly opened stream of `personId`; `displace` closes it should a
 * newer one push it out. Returns what to call when the stream closes.
 */
export function admitLiveStream(personId: string, displace: () => void): () => void {
  const streams = openStreams.get(personId) ?? [];
  openStreams.set(personId, streams);
  streams.push(displace);
  while (streams.length > LIVE_STREAMS_PER_PERSON) streams.shift()!();

  return () => {
    const index = streams.indexOf(displace);
    if (index !== -1) streams.splice(index, 1);
    if (streams.length === 0 && openStreams.get(personId) === streams) openStreams.delete(personId);
  };
}

/** How many streams a person has open on this server. */
export function liveStreamsOf(personId: string): number {
  return openStreams.get(personId)?.length ?? 0;
}

/**
 * Settings every connection of the desk starts with, sent in the startup
 * packet (no extra round trip) so they hold on any PostgreSQL, embedded or
 * managed, without the privileges ALTER DATABASE needs.
 *
 * random_page_cost: PostgreSQL's default of 4 prices a page fetched at random
 * as four sequential reads, as on a spinning disk. The desk's tables live in
 * memory (10,000 claims are about 12 MB), where the two cost the same. Under
 * the default the planner read every claim's text to count the matches of a
 * common search word (about 20 ms at 10,000 claims) rather than take the
 * trigram index (about 5 ms); 1.1 is the usual value for SSD and memory.
 */
const plannerSettings = "-c random_page_cost=1.1";

/**
 * The `options` startup parameter for `connectionString`: the desk's settings,
 * then the address's own `options`, which win where both set the same one.
 */
export function connectionOptions(connectionString: string): string {
  let own: string | null = null;
  try {
    own = new URL(connectionString).searchParams.get("options");
  } catch {
    // not a URL (a bare socket path): nothing of its own to keep
  }
  return own ? `${plannerSettings} ${own}` : plannerSettings;
}

/**
 * A connection string whose connections name themselves in pg_stat_activity
 * (pg reads `application_name` from the query), for pools the desk hands to a
 * library that takes only a string.
 */
export function namedConnection(url: string | undefined, name: string): string | undefined {
  if (!url) return url;
  const named = new URL(url);
  named.searchParams.set("application_name", name);
  return named.toString();
}

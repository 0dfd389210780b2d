import pg from "pg";
import { describe, expect, it } from "vitest";
import { namedConnection } from "./named-connection";

/** What pg makes of a connection string, without connecting. */
function readByPg(connectionString: string | undefined) {
  const client = new pg.Client({ connectionString }) as pg.Client & {
    connectionParameters: Record<string, unknown>;
  };
  return client.connectionParameters;
}

describe("a named connection string", () => {
  it("keeps every part of the address and adds the name pg reads", () => {
    const url = "postgres://desk_web:p%40ss@127.0.0.1:54329/desk?options=-c%20search_path%3Ddesk";
    expect(readByPg(namedConnection(url, "desk-job-queue"))).toMatchObject({
      user: "desk_web",
      password: "p@ss",
      host: "127.0.0.1",
      port: 54329,
      database: "desk",
      options: "-c search_path=desk",
      application_name: "desk-job-queue",
    });
  });

  it("replaces a name the address already had, and leaves no address as none", () => {
    const named = namedConnection("postgres://u@h/d?application_name=old", "new");
    expect(readByPg(named).application_name).toBe("new");
    expect(namedConnection(undefined, "new")).toBeUndefined();
  });
});

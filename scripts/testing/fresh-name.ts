import { randomBytes } from "node:crypto";

/** A name no other test uses: tests share one database and names are unique in places. */
export const freshName = (name: string) => `${name} ${randomBytes(3).toString("hex")}`;

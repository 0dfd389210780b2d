import { connection } from "next/server";

/** The smallest dynamic page: rendered on every request, as every desk page is. */
export default async function OneLinePage() {
  await connection();
  return <p>Framework floor.</p>;
}

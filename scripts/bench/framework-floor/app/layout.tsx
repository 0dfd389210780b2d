/**
 * A Next.js app with nothing of the desk in it: no data, no sign-in, no
 * proxy, no CSS, no fonts. `npm run bench` serves it with `next start` next
 * to the desk so its two pages show what the framework alone costs per
 * request on the same machine: one line of text, and the board's markup.
 */
import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

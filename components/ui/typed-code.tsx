import type { ReactNode } from "react";

/**
 * What a person types exactly as shown (".txt", "ar", "web.archive.org"),
 * inside a sentence in either language: left to right, in the code face.
 * The `code` tag of catalogue messages such as "A code such as <code>{ar}</code>".
 */
export function typedCode(chunks: ReactNode) {
  return (
    <code dir="ltr" className="font-mono text-[0.95em]">
      {chunks}
    </code>
  );
}

/**
 * How the printable summary sits on A4 paper. Inline, because it has to
 * reach outside the page's own markup: the desk's header and skip link
 * (rendered by the (desk) layout) are dropped from the printout.
 *
 * - a new page for each report after the first, and no claim split across
 *   two pages when it fits on one;
 * - links followed by their address, since paper cannot be clicked (links
 *   whose text already is the address are marked `data-url-shown`);
 * - quotes keep the direction and font set on them (`dir`, `:lang(ar)` in
 *   app/globals.css), so Arabic prints right to left in Noto Naskh Arabic.
 */
const css = `
@page {
  size: A4;
  margin: 18mm 16mm 20mm;
}
.export-sheet .export-quote {
  unicode-bidi: isolate;
  font-size: 1.05em;
}
.export-sheet .export-quote:lang(ar) {
  font-family: var(--font-arabic);
}
@media print {
  html,
  body {
    background: #fff !important;
  }
  body > header,
  body > a[href="#main"],
  .export-toolbar {
    display: none !important;
  }
  main {
    max-width: none !important;
    padding: 0 !important;
  }
  .export-sheet {
    color: #000;
    font-size: 10.5pt;
  }
  .export-sheet article {
    border: 0;
    padding: 0;
  }
  .export-report + .export-report {
    break-before: page;
  }
  .export-claim {
    break-inside: avoid;
  }
  .export-sheet h1,
  .export-sheet h2,
  .export-sheet h3 {
    break-after: avoid;
  }
  .export-sheet a {
    color: inherit;
  }
  .export-sheet a[href^="http"]:not([data-url-shown])::after {
    content: " (" attr(href) ")";
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
}
`;

export function PrintStyles() {
  return <style>{css}</style>;
}

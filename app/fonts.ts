import localFont from "next/font/local";

// Fonts ship inside npm packages: next/font/google would download at build
// time, and build machines here have no internet.
export { GeistSans as uiFont } from "geist/font/sans";

export const arabicFont = localFont({
  variable: "--font-naskh-arabic",
  display: "swap",
  src: [
    {
      path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2",
      weight: "400",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2",
      weight: "700",
      style: "normal",
    },
  ],
});

/** The Arabic interface's letters (labels, buttons, messages); report text keeps Naskh. */
// next/font reads these paths at build time, so each is written out in full
export const arabicInterfaceFont = localFont({
  variable: "--font-plex-arabic",
  display: "swap",
  src: [
    {
      path: "../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2",
      weight: "400",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-500-normal.woff2",
      weight: "500",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-600-normal.woff2",
      weight: "600",
      style: "normal",
    },
  ],
});

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

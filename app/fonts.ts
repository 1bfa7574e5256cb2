// The site's faces (Noto Serif, Noto Serif Armenian, Noto Sans), self-hosted from @fontsource's files through
// next/font/local, one call per script subset (next/font takes only literal options, hence the repetition).
// Why not @fontsource's CSS, as before: its faces were found only once the style sheet was parsed, and swapped in
// with "font-display: swap", which moved the text (CLS 0.07–0.13 in Lighthouse). Here:
// - the Latin faces, which every page's first screen uses, are preloaded (<link rel="preload"> in the head) and
//   shown with "optional": used when they are there at first paint (they are, preloaded, on any but the
//   slowest first visit), otherwise the fallback stays for that page view, so the text never moves;
// - the other subsets (Latin Extended, Cyrillic, Armenian) load only when a page has such characters
//   (unicode-range) and swap in, as before: a Russian or Armenian reader gets the Noto faces even on a slow
//   first visit;
// - next/font names each call's family apart, so app/globals.css's --font-serif and --font-sans list them in
//   order (the browser takes each character from the first family whose range covers it), with no size-adjusted
//   fallback in between (a local Times New Roman would take the Cyrillic before the Cyrillic face could).
// Greek, Vietnamese and mathematical subsets, which @fontsource's CSS also declared, are not: the record has none.
import localFont from "next/font/local";

const serifLatin = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-latin-400-italic.woff2", weight: "400", style: "italic" },
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--face-serif-latin",
  display: "optional",
  preload: true,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD" }],
});
const serifLatinExt = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-latin-ext-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-latin-ext-400-italic.woff2", weight: "400", style: "italic" },
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-latin-ext-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--face-serif-latin-ext",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF" }],
});
const serifCyrillic = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-400-italic.woff2", weight: "400", style: "italic" },
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--face-serif-cyrillic",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116" }],
});
const serifCyrillicExt = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-ext-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-ext-400-italic.woff2", weight: "400", style: "italic" },
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-ext-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--face-serif-cyrillic-ext",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F" }],
});
const serifArmenian = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-serif-armenian/files/noto-serif-armenian-armenian-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-serif-armenian/files/noto-serif-armenian-armenian-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--face-serif-armenian",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0308,U+0530-058F,U+2010,U+2024,U+25CC,U+FB13-FB17" }],
});
const sansLatin = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2", weight: "600", style: "normal" },
  ],
  variable: "--face-sans-latin",
  display: "optional",
  preload: true,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD" }],
});
const sansLatinExt = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2", weight: "600", style: "normal" },
  ],
  variable: "--face-sans-latin-ext",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF" }],
});
const sansCyrillic = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2", weight: "600", style: "normal" },
  ],
  variable: "--face-sans-cyrillic",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116" }],
});
const sansCyrillicExt = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff2", weight: "600", style: "normal" },
  ],
  variable: "--face-sans-cyrillic-ext",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F" }],
});

/** The classes that define every --face-* variable; on <html> (app/layout.tsx). */
export const fontVariables = [serifLatin.variable, serifLatinExt.variable, serifCyrillic.variable, serifCyrillicExt.variable, serifArmenian.variable, sansLatin.variable, sansLatinExt.variable, sansCyrillic.variable, sansCyrillicExt.variable].join(" ");

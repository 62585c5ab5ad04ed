/**
 * How wide text is, for every scene, the layout and the downloaded picture: one width per character, in em.
 *
 * Measured in Chromium with the page's font stack at 14 px, the widest of the scenes' own words ("python",
 * "Hypervisor (type 1)", "worker deps ×3") run 0.56–0.66 em per character at weights 600 to 800, which render alike
 * here; weight 500 (a sign's reason) runs narrower. 0.66 is the top of that range, so one figure serves every weight
 * the scenes use and errs on the wide side: a label judged to fit does fit. (Layer chips used 0.64 before, which
 * under-measured their bold names.)
 */
export const CHAR_EM = 0.66;

/** The size of the scenes' labels (`.scene-label`, `.layer-name`), in px. */
export const LABEL_SIZE = 14;

/** Roughly how wide a text is at a font size, in px. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_EM;
}

/** The text itself if it fits `width`, else as much as fits with an ellipsis, else nothing (at least 4 characters). */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = Math.floor(width / (fontSize * CHAR_EM)) - 1;
  return chars >= 4 ? `${text.slice(0, chars).trimEnd()}…` : '';
}

/** Breaks a sentence into lines that fit `width` px at `fontSize`. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(width / (fontSize * CHAR_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

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

/**
 * The extra width of the widest letters, in em: a short word with one of them runs wider than the average allows
 * ("web" measures 0.77 em a character at 14 px, weight 600).
 */
const WIDE_LETTER_EM = 0.35;
const WIDE_LETTERS = new Set(['w', 'W', 'm', 'M']);

/** Roughly how wide a text is at a font size, in px; on the wide side, so that a text judged to fit does fit. */
export function textWidth(text: string, fontSize: number): number {
  // Counted in a loop, not matched: a thousand houses' names are measured on every add.
  let wide = 0;
  for (const letter of text) if (WIDE_LETTERS.has(letter)) wide += 1;
  return (text.length * CHAR_EM + wide * WIDE_LETTER_EM) * fontSize;
}

/**
 * A name that fits `width`, never cut to an ellipsis: the label itself; else the kind's short word with the label's
 * number ("web 2" for "web server 2"); else the short word alone; else nothing, and the name is left to the table
 * and the list beside the picture.
 */
export function fitName(label: string, short: string, width: number, fontSize: number): string {
  const number = /\s(\d+)$/.exec(label)?.[1];
  const candidates = [label, ...(number ? [`${short} ${number}`] : []), short];
  return candidates.find((text) => textWidth(text, fontSize) <= width) ?? '';
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

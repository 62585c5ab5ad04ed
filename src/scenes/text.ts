/** Average width of a character of the scene's sans-serif (semi-bold) at 1 px: enough to decide what fits. */
const CHAR_WIDTH = 0.66;

/** Roughly how wide a text is at a font size, in px. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH;
}

/** The text itself if it fits `width`, else as much as fits with an ellipsis, else nothing (at least 4 characters). */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = Math.floor(width / (fontSize * CHAR_WIDTH)) - 1;
  return chars >= 4 ? `${text.slice(0, chars).trimEnd()}…` : '';
}

/** Breaks a sentence into lines that fit `width` px at `fontSize`. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(width / (fontSize * CHAR_WIDTH)));
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

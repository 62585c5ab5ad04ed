// The words of the buttons of parts that load after the first script: the parts show them, and their placeholders
// (later.ts) hold exactly their room with the same words, so the two never drift apart.

export const SHARE_BUTTONS = { copyLink: 'Copy link', embed: 'Embed' } as const;

export const DOWNLOAD_BUTTONS = { svg: 'Download picture as SVG', png: 'Download picture as PNG (2×)' } as const;

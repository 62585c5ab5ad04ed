import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

// The site's own address, when a build knows it: `SITE_URL=https://your.host/houses/ npm run build`. The app works
// from any folder with relative addresses (`base: './'`), but link previews and oEmbed are read by other servers,
// which resolve nothing: with SITE_URL, og:image, twitter:image, og:url, the oEmbed link and every address in
// oembed.json are absolute. Without it, the build leaves them relative.

/** SITE_URL as a folder's address ending in "/", or null when unset; anything but an http(s) address is refused. */
export function siteUrl(value = process.env.SITE_URL): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute address such as https://your.host/houses/, not "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must start with https:// or http://, not "${value}".`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** For an HTML attribute's value. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Makes the link preview's and oEmbed's relative addresses absolute against SITE_URL (a no-op without it). */
export function absolutePreviewUrls(site = siteUrl()): Plugin {
  let outDir = 'dist';
  return {
    name: 'houses:site-url',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    transformIndexHtml(html) {
      if (!site) return html;
      const href = attribute(site);
      return html
        .replace(/(<meta\s+(?:property="og:image"|name="twitter:image")\s+content=")\.\//g, `$1${href}`)
        .replace(/(<link\s+rel="alternate"\s+type="application\/json\+oembed"\s+href=")\.\//, `$1${href}`)
        .replace(/(<meta property="og:type"[^>]*>)/, `$1\n    <meta property="og:url" content="${href}" />`);
    },
    // oembed.json is copied from public/ as it is; here its addresses are made absolute in the output.
    writeBundle() {
      const file = path.join(outDir, 'oembed.json');
      if (!site || !existsSync(file)) return;
      const oembed = JSON.parse(readFileSync(file, 'utf8'));
      const absolute = (url: string) => new URL(url, site).href;
      oembed.provider_url = absolute(oembed.provider_url);
      oembed.thumbnail_url = absolute(oembed.thumbnail_url);
      oembed.html = oembed.html.replace(/(\ssrc=")\.\//g, `$1${attribute(site)}`);
      writeFileSync(file, `${JSON.stringify(oembed, null, 2)}\n`);
    },
  };
}

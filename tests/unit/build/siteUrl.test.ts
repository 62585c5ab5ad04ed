// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { absolutePreviewUrls, siteUrl } from '../../../scripts/site-url.ts';

// The build's SITE_URL: what scrapers and oEmbed consumers are given with it, and that nothing changes without it.

type Hooks = {
  transformIndexHtml: (html: string) => string;
  configResolved: (config: { root: string; build: { outDir: string } }) => void;
  writeBundle: () => void;
};
const hooks = (site: string | null) => absolutePreviewUrls(site) as unknown as Hooks;
const INDEX = readFileSync('index.html', 'utf8');
const OEMBED = readFileSync('public/oembed.json', 'utf8');
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** oembed.json as a build with this SITE_URL leaves it. */
function builtOembed(site: string | null) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'site-url-'));
  folders.push(outDir);
  writeFileSync(path.join(outDir, 'oembed.json'), OEMBED);
  const plugin = hooks(site);
  plugin.configResolved({ root: process.cwd(), build: { outDir } });
  plugin.writeBundle();
  return JSON.parse(readFileSync(path.join(outDir, 'oembed.json'), 'utf8'));
}

describe('SITE_URL', () => {
  it('is read as a folder’s http(s) address, and refused otherwise', () => {
    expect(siteUrl(undefined)).toBeNull();
    expect(siteUrl('')).toBeNull();
    expect(siteUrl('https://example.org/houses')).toBe('https://example.org/houses/');
    expect(siteUrl('http://example.org/?x=1#top')).toBe('http://example.org/');
    expect(() => siteUrl('example.org/houses/')).toThrow(/absolute address/);
    expect(() => siteUrl('ftp://example.org/')).toThrow(/https:\/\//);
  });

  it('makes og:image, twitter:image, og:url and the oEmbed link absolute in index.html', () => {
    const html = hooks('https://example.org/houses/').transformIndexHtml(INDEX);
    expect(html).toContain('<meta property="og:image" content="https://example.org/houses/preview.png" />');
    expect(html).toContain('<meta name="twitter:image" content="https://example.org/houses/preview.png" />');
    expect(html).toContain('<meta property="og:url" content="https://example.org/houses/" />');
    expect(html).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="https:\/\/example\.org\/houses\/oembed\.json"/);
    expect(hooks(null).transformIndexHtml(INDEX)).toBe(INDEX);
    expect(INDEX).not.toContain('og:url');
  });

  it('makes every address in oembed.json absolute, the snippet’s iframe and script included', () => {
    const oembed = builtOembed('https://example.org/houses/');
    expect(oembed.provider_url).toBe('https://example.org/houses/');
    expect(oembed.thumbnail_url).toBe('https://example.org/houses/preview.png');
    expect(oembed.html).toMatch(/<iframe src="https:\/\/example\.org\/houses\/\?[^"]*embed=1/);
    expect(oembed.html).toContain('<script src="https://example.org/houses/embed.js" async></script>');
    expect(oembed.html).not.toContain('"./');
    expect(builtOembed(null)).toEqual(JSON.parse(OEMBED));
  });
});

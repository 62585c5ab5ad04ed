import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DownloadPicture } from '../../../src/ui/DownloadPicture.tsx';
import { makeHostWith } from '../fixtures.ts';
import { addPageStyles, readPicture, sceneContainer } from './pictureFixtures.ts';

/*
 * The buttons as a reader meets them. jsdom cannot follow a download link, so a click on one is recorded instead,
 * with the file it would have saved.
 */

const TITLE = 'Houses & Apartments: the same workloads as virtual machines and as containers';
const host = makeHostWith({ hardware: 'laptop', workloads: ['web', 'database'] });

function recordDownloads() {
  const files: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((file) => {
    files.push(file as Blob);
    return 'blob:picture';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { files, names };
}

describe('“Download picture”', () => {
  afterEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('saves the scenes it is given as one SVG file, titled and footnoted, and says nothing more', async () => {
    addPageStyles();
    const saved = recordDownloads();
    render(<DownloadPicture scenes={{ current: sceneContainer() }} host={host} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download picture as SVG' }));
    expect(saved.names).toEqual(['houses-and-apartments.svg']);
    const picture = readPicture(await saved.files[0]!.text());
    expect(picture.title).toBe(TITLE);
    expect(picture.scenes).toHaveLength(2);
    expect(picture.footnote[0]).toMatch(/^Assumptions: one laptop/);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download picture as PNG (2×)' })).toBeEnabled();
  });

  it('in a sandboxed frame that may not download, says so and offers the full version in a tab of its own', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    addPageStyles(doc);
    const scenes = sceneContainer(doc);
    const createUrl = vi.spyOn(URL, 'createObjectURL');
    const mount = doc.body.appendChild(doc.createElement('div'));
    render(<DownloadPicture scenes={{ current: scenes }} host={host} />, { container: mount });

    const group = within(mount).getByRole('group', { name: 'Download picture' });
    fireEvent.click(within(group).getByRole('button', { name: 'Download picture as SVG' }));
    expect(await within(group).findByRole('status')).toHaveTextContent('The picture could not be saved here. Open the full version ↗ to download it.');
    const link = within(group).getByRole('link', { name: /Open the full version/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(createUrl).not.toHaveBeenCalled();
    expect(within(group).getByRole('button', { name: 'Download picture as SVG' })).toBeEnabled();
  });

  it('with no scene on the page, says the picture could not be saved and where to try', async () => {
    const saved = recordDownloads();
    render(<DownloadPicture scenes={{ current: null }} host={host} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download picture as PNG (2×)' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The picture could not be saved here. Try the full version in a browser tab that allows downloads.',
    );
    expect(saved.names).toEqual([]);
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/ErrorBoundary.tsx';

function Fragile({ broken }: { broken: { current: boolean } }) {
  const [count] = useState(1);
  if (broken.current) throw new Error('a scene could not be laid out');
  return <p>Drawn {count} time</p>;
}

describe('the error boundary', () => {
  it('says what happened, keeps the page alive, and draws again from the link when asked', async () => {
    const user = userEvent.setup();
    const broken = { current: true };
    const recover = vi.fn(() => {
      broken.current = false;
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <ErrorBoundary onRecover={recover}>
        <Fragile broken={broken} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong while drawing this page.');
    await user.click(screen.getByRole('button', { name: 'Draw it again' }));
    expect(recover).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Drawn 1 time')).toBeInTheDocument();
  });
});

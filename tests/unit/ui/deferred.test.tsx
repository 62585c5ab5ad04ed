import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deferred } from '../../../src/ui/deferred.tsx';

describe('a part of the page loaded after the first script', () => {
  it('says so when its code does not arrive, and shows itself when “Try again” succeeds', async () => {
    let attempts = 0;
    const Part = deferred('test panel', () => {
      attempts += 1;
      if (attempts === 1) return Promise.reject(new Error('the connection dropped'));
      return Promise.resolve(({ greeting }: { greeting: string }) => <p>{greeting}</p>);
    });
    render(<Part greeting="Hello from the panel" />);
    expect(await screen.findByRole('status')).toHaveTextContent('The test panel did not arrive');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello from the panel')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it('renders at once, with no waiting, once its code is here', async () => {
    const Part = deferred('panel', () => Promise.resolve(() => <p>ready</p>));
    await Part.preload();
    render(<Part />);
    expect(screen.getByText('ready')).toBeInTheDocument();
  });
});

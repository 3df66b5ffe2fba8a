// @vitest-environment jsdom
// A child that throws is replaced by its message and a way back; its siblings stay mounted;
// "Try again" re-mounts it, "Reset the view" runs the reset first.
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/ErrorBoundary.tsx';

let failure: string | null = null;

function Fragile() {
  if (failure) throw new Error(failure);
  return <p>fragile works</p>;
}

function Tree({ onReset }: { onReset: () => void }) {
  const [clicks, setClicks] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setClicks(clicks + 1)}>
        sibling {clicks}
      </button>
      <ErrorBoundary
        title="The fragile panel stopped working."
        labels={{ reset: 'Reset the view', retry: 'Try again' }}
        onReset={onReset}
      >
        <Fragile />
      </ErrorBoundary>
    </>
  );
}

beforeEach(() => {
  failure = null;
  // React reports caught errors on the console; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it('shows what went wrong, as text, and keeps the rest of the tree working', () => {
    failure = '<b>bad</b> node "x" has no position';
    render(<Tree onReset={() => {}} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The fragile panel stopped working.');
    expect(alert.textContent).toContain('<b>bad</b> node "x" has no position');
    expect(alert.querySelector('b')).toBeNull();
    expect(screen.queryByText('fragile works')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'sibling 0' }));
    expect(screen.getByRole('button', { name: 'sibling 1' })).toBeTruthy();
  });

  it('"Try again" re-mounts the child, and shows the error again while it still fails', () => {
    failure = 'first failure';
    render(<Tree onReset={() => {}} />);
    failure = 'second failure';
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert').textContent).toContain('second failure');
    failure = null;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('fragile works')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('"Reset the view" runs the reset before re-rendering the child', () => {
    failure = 'a stale selection';
    const onReset = vi.fn(() => {
      failure = null;
    });
    render(<Tree onReset={onReset} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset the view' }));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(screen.getByText('fragile works')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

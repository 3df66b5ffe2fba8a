// Vitest set-up: DOM matchers-free; cleans up React trees rendered by component tests.
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});

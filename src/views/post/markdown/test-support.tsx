/** For the renderer's tests: rendered Markdown inside the router, at `path`. */
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';

export function InPage({ path = '/', children }: { path?: string; children: ReactNode }) {
  return <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>;
}

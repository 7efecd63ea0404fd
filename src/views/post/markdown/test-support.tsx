/** For the renderer's tests: rendered Markdown inside a page at `path`, as the page stack renders it. */
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { PageContext, pageAt } from '../../../navigation/page-stack/page-context.ts';

export function InPage({ path = '/', children }: { path?: string; children: ReactNode }) {
  return (
    <MemoryRouter initialEntries={[path]}>
      <PageContext value={pageAt(path)}>{children}</PageContext>
    </MemoryRouter>
  );
}

/** The services and the page navigator around the app, in the browser and while prerendering. */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { ServicesContext } from '../data/services.ts';
import { PageNavigatorContext, type PageNavigator } from '../navigation/page-navigator.ts';

export function AppProviders({ navigator, children }: { navigator: PageNavigator; children: ReactNode }) {
  return (
    <StrictMode>
      <QueryClientProvider client={navigator.services.queryClient}>
        <ServicesContext value={navigator.services}>
          <PageNavigatorContext value={navigator}>{children}</PageNavigatorContext>
        </ServicesContext>
      </QueryClientProvider>
    </StrictMode>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { Providers } from './app/Providers.tsx';
import { AuthGate } from './app/AuthGate.tsx';
import { createQueryClient } from './app/queryClient.ts';
import { meQuery } from './features/auth/api.ts';
import { getLang, loadMessages } from './i18n/index.ts';

document.documentElement.lang = getLang();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Who is signed in and the active language's first words travel together on a slow line;
// the first screen renders once both are known.
const queryClient = createQueryClient();
void queryClient.prefetchQuery(meQuery);
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <Providers client={queryClient}>
        <AuthGate />
      </Providers>
    </StrictMode>,
  );
// If the catalog chunk cannot be fetched the screens still render, showing message keys.
loadMessages('shell').then(render, render);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { Providers } from './app/Providers.tsx';
import { AuthGate } from './app/AuthGate.tsx';
import { getLang } from './i18n/index.ts';

document.documentElement.lang = getLang();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers>
      <AuthGate />
    </Providers>
  </StrictMode>,
);

// The benchmark's yardstick: the least a React 19 page can be, built by the same Vite as the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>A bare React page</h1>
  </StrictMode>,
);

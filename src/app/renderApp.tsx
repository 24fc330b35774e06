// React's part of the page, rendered once the map has started (see startPage.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

export function renderApp(root: HTMLElement): void {
  // The page's static shell (index.html) is replaced by the same layout drawn by React.
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The app's interface arrives with the desktop-app issue; the engine and `cda` command come first.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main>
      <h1>Customer Data Auditor</h1>
      <p>Use the <code>cda scan</code> command while the desktop interface is being built.</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

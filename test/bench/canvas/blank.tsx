import { useState } from 'react';
import { createRoot } from 'react-dom/client';

/** The floor for the app's cold load: React from the same bundler, a heading and a button. */
function Blank() {
  const [count, setCount] = useState(0);
  return (
    <main>
      <h1>Blank</h1>
      <button type="button" onClick={() => setCount(count + 1)}>
        New plan {count}
      </button>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Blank />);

// Entry point: mounts the explorer.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './app.css';
import './data.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html: no #root element to mount SSTC Atlas in');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

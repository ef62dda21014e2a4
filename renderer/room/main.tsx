import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RoomApp } from './RoomApp';
import './room.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RoomApp />
    </StrictMode>,
  );
}

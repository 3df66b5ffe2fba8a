// The "Present" control: lists the tours; choosing one puts its first step on stage.
import { useState } from 'react';
import { useAtlas } from '../store/store.ts';

export function PresentMenu() {
  const tours = useAtlas((s) => s.tours);
  const present = useAtlas((s) => s.present);
  const [open, setOpen] = useState(false);
  if (tours.length === 0) return null;
  return (
    <div className="present-menu">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Present
      </button>
      {open && (
        <ul aria-label="Tours">
          {tours.map((tour) => (
            <li key={tour.id}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  present(tour.id);
                }}
              >
                <strong>{tour.title}</strong>
                <span>{tour.summary}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

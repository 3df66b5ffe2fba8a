// Period filter: keep initiatives active (and forums held) between two years.
import { useState } from 'react';
import { useAtlas } from '../store/store.ts';

export function PeriodFilter() {
  const period = useAtlas((s) => s.filters.period);
  const setPeriod = useAtlas((s) => s.setPeriod);
  const [from, setFrom] = useState(String(period?.from ?? ''));
  const [to, setTo] = useState(String(period?.to ?? ''));
  const [error, setError] = useState<string | null>(null);

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    if (from === '' && to === '') {
      setError(null);
      setPeriod(null);
      return;
    }
    const [a, b] = [Number(from || 1900), Number(to || 2100)];
    if (!Number.isInteger(a) || !Number.isInteger(b) || a > b) {
      setError('Enter two years, the first not after the second.');
      return;
    }
    setError(null);
    setPeriod({ from: a, to: b });
  };

  return (
    <form className="period" onSubmit={apply}>
      <YearField label="From" value={from} onChange={setFrom} />
      <YearField label="To" value={to} onChange={setTo} />
      <button type="submit">Apply</button>
      {period && (
        <button
          type="button"
          onClick={() => {
            setFrom('');
            setTo('');
            setPeriod(null);
          }}
        >
          Any period
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

function YearField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label>
      {label}{' '}
      <input
        type="number"
        inputMode="numeric"
        min={1900}
        max={2100}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

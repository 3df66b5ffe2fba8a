// A labelled checkbox with an optional colour swatch and count: the unit of legends and filters.
export interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: () => void;
  count?: number;
  /** What the count means, in the interface language ("3 kept"), for screen readers. */
  countLabel?: string;
  color?: string;
  line?: boolean;
  /** The node shape the swatch shows (circle, square, ring, diamond), so the legend names it without colour. */
  shape?: string;
}

export function Checkbox({ label, checked, onChange, count, countLabel, color, line, shape }: CheckboxProps) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={onChange} />
      {color && (
        <span
          className={line ? 'swatch-line' : `swatch swatch-${shape ?? 'circle'}`}
          style={{ color }}
          aria-hidden="true"
        />
      )}
      <span className="checkbox-label">{label}</span>
      {count !== undefined && (
        <span className="count" aria-label={countLabel}>
          {count}
        </span>
      )}
    </label>
  );
}

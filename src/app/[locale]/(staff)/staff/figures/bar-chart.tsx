import type { ShownCount } from "@/domain/figures/small-numbers";

type Series = { label: string; color: string; values: ShownCount[] };

/**
 * Grouped bars as an accessible SVG: role="img" with a title and description, and every number in
 * the table beside it (screen readers read the table, not the bars). A suppressed count ("< 5")
 * is drawn as a hatched stub so it is not mistaken for zero.
 */
export function BarChart({
  id,
  title,
  description,
  categories,
  series,
  suppressedLabel,
  withheldLabel,
}: {
  id: string;
  title: string;
  description: string;
  categories: string[];
  series: Series[];
  suppressedLabel: string;
  withheldLabel: string;
}) {
  const numbers = series.flatMap((s) => s.values.filter((v): v is number => typeof v === "number"));
  const max = Math.max(5, ...numbers);
  const height = 180;
  const groupWidth = Math.max(24, series.length * 14 + 10);
  const width = 40 + categories.length * groupWidth;
  const y = (value: number) => height - (value / max) * (height - 20);
  return (
    <figure className="mt-4 overflow-x-auto">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height + 40}`}
        width={width}
        height={height + 40}
        className="max-w-full"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern
            id={`${id}-hatch`}
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="2" height="4" fill="#475569" />
          </pattern>
        </defs>
        <line x1="36" x2={width} y1={height} y2={height} stroke="#334155" />
        <text x="32" y={y(max) + 4} fontSize="10" textAnchor="end" fill="#1e293b">
          {max}
        </text>
        <text x="32" y={height} fontSize="10" textAnchor="end" fill="#1e293b">
          0
        </text>
        {categories.map((category, c) => (
          <g key={category} transform={`translate(${40 + c * groupWidth}, 0)`}>
            {series.map((s, i) => {
              const value = s.values[c];
              const suppressed = typeof value !== "number";
              const top = suppressed ? y(2) : y(value ?? 0);
              return (
                <rect
                  key={s.label}
                  x={4 + i * 14}
                  y={top}
                  width="12"
                  height={height - top}
                  fill={suppressed ? `url(#${id}-hatch)` : s.color}
                >
                  <title>{`${s.label} ${category}: ${!suppressed ? value : value === "< 5" ? suppressedLabel : withheldLabel}`}</title>
                </rect>
              );
            })}
            <text x={groupWidth / 2} y={height + 14} fontSize="10" textAnchor="middle" fill="#1e293b">
              {category.slice(2)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-4 text-sm">
        {series.map((s) => (
          <span key={s.label} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-3" style={{ background: s.color }} />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

import type { SplitBy, Timeline } from "./model/timeline";

const WIDTH = 640;
const HEIGHT = 180;
const AXIS = 24;
const SERIES_COLOURS = 6;

/** The CSS class that colours one series: tiers keep their own colours everywhere in the desk. */
export function seriesClass(splitBy: SplitBy, key: string, index: number): string {
  return splitBy === "tier" ? `fill-${key}` : `fill-series-${index % SERIES_COLOURS}`;
}

/**
 * Leads per day as stacked bars, one colour per series: SVG drawn from numbers (attributes only, no
 * inline styles, no chart library). The picture is `aria-hidden`; the same numbers are in the table
 * below it, which is what a screen reader reads.
 */
export function TimelineChart({ data, splitBy }: { data: Timeline; splitBy: SplitBy }) {
  const max = Math.max(1, ...data.days.map((d) => d.total));
  const slot = WIDTH / Math.max(1, data.days.length);
  const bar = Math.max(2, slot * 0.7);
  const scale = (HEIGHT - AXIS) / max;
  const labelEvery = Math.ceil(data.days.length / 7);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} class="chart-svg" aria-hidden="true" focusable="false">
        <line x1="0" y1={HEIGHT - AXIS} x2={WIDTH} y2={HEIGHT - AXIS} class="chart-axis" />
        <text x="2" y="12" class="chart-label">{max}</text>
        {data.days.map((day, i) => {
          let y = HEIGHT - AXIS;
          const x = i * slot + (slot - bar) / 2;
          return (
            <g key={day.day}>
              {data.keys.map((key, k) => {
                const h = (day.counts[key] ?? 0) * scale;
                y -= h;
                return h > 0 ? <rect key={key} x={x} y={y} width={bar} height={h} class={seriesClass(splitBy, key, k)} /> : null;
              })}
              {(data.days.length - 1 - i) % labelEvery === 0 ? (
                <text x={x + bar / 2} y={HEIGHT - 6} class="chart-label" text-anchor="middle">{day.day.slice(5)}</text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {data.keys.map((key, k) => (
          <span key={key} class="legend-item"><span class={`swatch ${seriesClass(splitBy, key, k)}`} aria-hidden="true"></span>{key}</span>
        ))}
      </figcaption>
    </figure>
  );
}

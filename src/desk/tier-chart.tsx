import { TIERS } from "../config/types";
import type { Report } from "./model/build-report";
import { TIER_LABELS } from "./model/describe-history";

const WIDTH = 640;
const HEIGHT = 180;
const AXIS = 24;

/**
 * Leads per day as stacked bars, one colour per tier: SVG drawn from numbers (attributes only, no
 * inline styles, no chart library). The picture is `aria-hidden`; the same numbers are in the table
 * next to it, which is what a screen reader reads.
 */
export function TierChart({ days }: { days: Report["days"] }) {
  const max = Math.max(1, ...days.map((d) => d.total));
  const slot = WIDTH / Math.max(1, days.length);
  const bar = Math.max(2, slot * 0.7);
  const scale = (HEIGHT - AXIS) / max;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} class="chart-svg" aria-hidden="true" focusable="false">
        <line x1="0" y1={HEIGHT - AXIS} x2={WIDTH} y2={HEIGHT - AXIS} class="chart-axis" />
        <text x="2" y="12" class="chart-label">{max}</text>
        {days.map((day, i) => {
          let y = HEIGHT - AXIS;
          const x = i * slot + (slot - bar) / 2;
          return (
            <g key={day.day}>
              {TIERS.map((tier) => {
                const h = day.counts[tier] * scale;
                y -= h;
                return h > 0 ? <rect key={tier} x={x} y={y} width={bar} height={h} class={`fill-${tier}`} /> : null;
              })}
              {i % Math.ceil(days.length / 7) === 0 ? (
                <text x={x + bar / 2} y={HEIGHT - 6} class="chart-label" text-anchor="middle">{day.day.slice(5)}</text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {TIERS.map((tier) => (
          <span key={tier} class="legend-item"><span class={`swatch fill-${tier}`} aria-hidden="true"></span>{TIER_LABELS[tier]}</span>
        ))}
      </figcaption>
    </figure>
  );
}

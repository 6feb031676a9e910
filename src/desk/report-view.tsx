import { useState } from "preact/hooks";
import { TIERS } from "../config/types";
import { buildReport, type ReportRow } from "./model/build-report";
import { percent } from "./model/audit-summary";
import { TIER_LABELS } from "./model/describe-history";
import { formatDuration } from "./model/hot-queue";
import type { Contact } from "./model/desk-types";
import { localDay } from "./local-day";
import { TierChart } from "./tier-chart";

const PERIODS = [7, 14, 30, 90];

/**
 * The shared scorecard: leads and tiers per day, channel, campaign and product line, and how fast sales
 * answered the hot ones (median time to claim, share claimed within 5 minutes).
 */
export function ReportView({ contacts, now }: { contacts: Contact[]; now: number }) {
  const [days, setDays] = useState(14);
  const report = buildReport(contacts, { to: localDay(now), days, now, dayOf: localDay });
  const speed = report.speed;
  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">Report</h1>
      <div class="field field-inline">
        <label for="report-days">Period</label>
        <select id="report-days" value={String(days)} onChange={(e) => setDays(Number((e.currentTarget as HTMLSelectElement).value))}>
          {PERIODS.map((n) => <option key={n} value={String(n)}>Last {n} days</option>)}
        </select>
      </div>
      <dl class="stats">
        <div class="card stat"><dt>Leads</dt><dd>{report.totals.total}</dd></div>
        <div class="card stat"><dt>Sales-ready</dt><dd>{report.totals.counts["sales-ready"]}</dd></div>
        <div class="card stat">
          <dt>Median time to claim</dt>
          <dd>{speed.medianTimeToClaimMs === null ? "—" : formatDuration(speed.medianTimeToClaimMs)}</dd>
        </div>
        <div class="card stat">
          <dt>Claimed within 5 minutes</dt>
          <dd>
            {speed.shareWithin5Minutes === null ? "—" : percent(speed.shareWithin5Minutes)}
            <span class="stat-note">{speed.claimedWithin5Minutes} of {speed.hot - speed.waiting}{speed.waiting > 0 ? ` (${speed.waiting} still within 5 min)` : ""}</span>
          </dd>
        </div>
      </dl>
      <section class="card" aria-labelledby="per-day-title">
        <h2 id="per-day-title">Leads per day</h2>
        <TierChart days={report.days} />
        <details>
          <summary>The numbers per day</summary>
          <RowsTable caption="Leads per day" head="Day" rows={report.days.map((d) => ({ key: d.day, counts: d.counts, total: d.total }))} />
        </details>
      </section>
      <section class="card" aria-labelledby="by-channel"><h2 id="by-channel">By channel</h2><RowsTable caption="Leads by channel" head="Channel" rows={report.byChannel} /></section>
      <section class="card" aria-labelledby="by-campaign"><h2 id="by-campaign">By campaign</h2><RowsTable caption="Leads by campaign" head="Campaign" rows={report.byCampaign} /></section>
      <section class="card" aria-labelledby="by-product"><h2 id="by-product">By product line</h2><RowsTable caption="Leads by product line" head="Product line" rows={report.byProductLine} /></section>
    </section>
  );
}

function RowsTable({ caption, head, rows }: { caption: string; head: string; rows: ReportRow[] }) {
  if (rows.length === 0) return <p class="empty">No leads in this period.</p>;
  return (
    <div class="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table class="report-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {TIERS.map((tier) => <th key={tier} scope="col" class="num">{TIER_LABELS[tier]}</th>)}
            <th scope="col" class="num">All</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.key}</th>
              {TIERS.map((tier) => <td key={tier} class="num">{row.counts[tier]}</td>)}
              <td class="num">{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

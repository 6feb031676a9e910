import { useState } from "preact/hooks";
import { TIERS } from "../config/types";
import { buildReport, type ReportRow } from "./model/build-report";
import { percent } from "./model/audit-summary";
import { TIER_LABELS } from "./model/describe-history";
import { formatDuration } from "./model/hot-queue";
import type { Contact } from "./model/desk-types";
import { localDay } from "./local-day";
import { timeline, type SplitBy } from "./model/timeline";
import { TimelineChart } from "./timeline-chart";

const PERIODS = [7, 14, 30, 90];
const SPLITS: Array<[SplitBy, string]> = [["tier", "Tier"], ["channel", "Channel"], ["campaign", "Campaign"], ["productLine", "Product line"]];

/**
 * The shared scorecard: leads and tiers per day, channel, campaign and product line, and how fast sales
 * answered the hot ones (median time to claim, share claimed within 5 minutes).
 */
export function ReportView({ contacts, now }: { contacts: Contact[]; now: number }) {
  const [days, setDays] = useState(14);
  const [splitBy, setSplitBy] = useState<SplitBy>("tier");
  const report = buildReport(contacts, { to: localDay(now), days, now, dayOf: localDay });
  const perDay = timeline(contacts, { to: localDay(now), days, dayOf: localDay, splitBy });
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
        <div class="field field-inline">
          <label for="report-split">Split by</label>
          <select id="report-split" value={splitBy} onChange={(e) => setSplitBy((e.currentTarget as HTMLSelectElement).value as SplitBy)}>
            {SPLITS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <TimelineChart data={perDay} splitBy={splitBy} />
        <details>
          <summary>The numbers per day</summary>
          <DaysTable data={perDay} splitBy={splitBy} />
        </details>
      </section>
      <section class="card" aria-labelledby="by-channel"><h2 id="by-channel">By channel</h2><RowsTable caption="Leads by channel" head="Channel" rows={report.byChannel} /></section>
      <section class="card" aria-labelledby="by-campaign"><h2 id="by-campaign">By campaign</h2><RowsTable caption="Leads by campaign" head="Campaign" rows={report.byCampaign} /></section>
      <section class="card" aria-labelledby="by-product"><h2 id="by-product">By product line</h2><RowsTable caption="Leads by product line" head="Product line" rows={report.byProductLine} /></section>
    </section>
  );
}

function DaysTable({ data, splitBy }: { data: ReturnType<typeof timeline>; splitBy: SplitBy }) {
  const label = (key: string) => (splitBy === "tier" ? TIER_LABELS[key as keyof typeof TIER_LABELS] : key);
  return (
    <div class="table-wrap" role="region" aria-label="Leads per day" tabIndex={0}>
      <table class="report-table">
        <caption class="visually-hidden">Leads per day by {SPLITS.find(([v]) => v === splitBy)![1].toLowerCase()}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {data.keys.map((key) => <th key={key} scope="col" class="num">{label(key)}</th>)}
            <th scope="col" class="num">All</th>
          </tr>
        </thead>
        <tbody>
          {data.days.map((day) => (
            <tr key={day.day}>
              <th scope="row">{day.day}</th>
              {data.keys.map((key) => <td key={key} class="num">{day.counts[key]}</td>)}
              <td class="num">{day.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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

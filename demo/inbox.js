// Renders GET /api/leads for demo/inbox.html. Text only (textContent), never HTML: lead values come from visitors.
const TIERS = [
  ["sales-ready", "Sales-ready"],
  ["sales-later", "Sales later"],
  ["nurture", "Nurture"],
  ["disqualified", "Disqualified"],
];
const TIER_LABEL = Object.fromEntries(TIERS);
const REFRESH_MS = 5000;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function timeText(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "—" : date.toLocaleString();
}

function campaignText(lead) {
  if (lead.campaign) return `${lead.campaign.name} (${lead.campaign.type})`;
  const utm = lead.context?.utm ?? {};
  if (utm.campaign) return [utm.campaign, utm.source].filter(Boolean).join(" / ");
  return "—";
}

function contactText(lead) {
  const a = lead.answers ?? {};
  return [a.name, a.email, a.company].filter((v) => typeof v === "string" && v).join(" · ") || "—";
}

function row(lead) {
  const tr = document.createElement("tr");
  const tier = lead.score?.tier ?? "disqualified";
  tr.className = `tier-${tier}`;
  tr.append(el("td", timeText(lead.receivedAt ?? lead.submittedAt)));
  const tierCell = el("td");
  tierCell.append(el("span", TIER_LABEL[tier] ?? tier, `badge badge-${tier}`));
  if (lead.respondBy) tierCell.append(el("small", ` respond by ${new Date(lead.respondBy).toLocaleTimeString()}`));
  tr.append(tierCell);
  const total = el("td", lead.score?.total ?? "—", "num");
  if (lead.scoreMismatch) total.append(el("small", ` (browser said ${lead.clientScore?.total ?? "?"})`, "warn"));
  tr.append(total);
  const reasons = el("td");
  const list = el("ul", undefined, "reasons");
  for (const reason of lead.score?.reasons ?? []) list.append(el("li", reason));
  if (lead.context?.suspectedBot) list.append(el("li", "Suspected bot", "warn"));
  reasons.append(list);
  tr.append(reasons);
  tr.append(el("td", contactText(lead)));
  tr.append(el("td", lead.channel));
  tr.append(el("td", lead.productLine ?? "—"));
  tr.append(el("td", campaignText(lead)));
  return tr;
}

function renderCounts(leads) {
  const counts = document.getElementById("tier-counts");
  counts.replaceChildren(
    ...TIERS.map(([tier, label]) => {
      const li = el("li", undefined, `count badge-${tier}`);
      li.append(el("strong", leads.filter((l) => l.score?.tier === tier).length), el("span", ` ${label}`));
      return li;
    }),
  );
}

async function refresh() {
  const status = document.getElementById("inbox-status");
  const table = document.getElementById("inbox-table");
  try {
    const response = await fetch("/api/leads", { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const leads = await response.json();
    renderCounts(leads);
    document.getElementById("inbox-rows").replaceChildren(...leads.map(row));
    table.hidden = leads.length === 0;
    const text = leads.length === 0 ? "No leads yet: submit a form on one of the demo pages." : `${leads.length} lead(s).`;
    if (status.textContent !== text) status.textContent = text;
  } catch (error) {
    status.textContent = `Could not load leads (${error.message}). Is demo/server.mjs running?`;
  }
}

refresh();
setInterval(refresh, REFRESH_MS);

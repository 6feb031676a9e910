// Demo only: shows the widget's events as a page script sees them, and what reaches analytics.
window.dataLayer = window.dataLayer || [];
const NAMES = ["ready", "step", "answer", "qualified", "submit", "delivered", "error"];
for (const name of NAMES) {
  document.addEventListener(`lead-qualifier:${name}`, () => {
    const log = document.getElementById("event-log");
    // The widget pushes to dataLayer right after dispatching the DOM event: read it a tick later.
    if (log) queueMicrotask(() => show(log, name));
  });
}

function show(log, name) {
  const pushed = window.dataLayer.findLast((entry) => entry && entry.event === `lead_qualifier_${name}`);
  const item = document.createElement("li");
  item.textContent = `${name} → dataLayer ${JSON.stringify(pushed)}`;
  log.prepend(item);
  while (log.children.length > 12) log.lastElementChild.remove();
}

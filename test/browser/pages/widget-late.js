// A single-page app rendering a widget placeholder after the script has run.
setTimeout(() => {
  const late = document.createElement("section");
  late.id = "late";
  const placeholder = document.createElement("div");
  placeholder.setAttribute("data-lead-qualifier", "");
  placeholder.setAttribute("data-config", "/test/browser/pages/widget-form.json");
  late.append(placeholder);
  document.getElementById("wrap").append(late);
}, 300);

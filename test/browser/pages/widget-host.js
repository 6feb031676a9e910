// The host page's own behaviour, which a broken widget must never break.
const button = document.getElementById("host-button");
const output = document.getElementById("host-output");
button.addEventListener("click", () => {
  output.textContent = String(Number(output.textContent) + 1);
});

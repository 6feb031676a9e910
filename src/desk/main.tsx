// The desk app's entry: the only module with side effects (renders into #desk on the desk page).
import { render } from "preact";
import { createDeskClient } from "./desk-client";
import { DeskApp } from "./desk-app";

const root = document.getElementById("desk");
if (root) {
  root.replaceChildren();
  render(<DeskApp client={createDeskClient(window.fetch.bind(window))} />, root);
}

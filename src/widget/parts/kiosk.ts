// The kiosk part: the full-screen booth shell (attract screen, idle reset, staff panel). A landing
// page never loads it; a booth page loads it before its first render.
export { KioskWidget } from "../kiosk/kiosk-widget";
export { enMore } from "../../i18n/messages-en-more";

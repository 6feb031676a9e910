// One language's UI strings, loaded before a widget in that language renders (English is built in).
export { de as catalogue } from "../../i18n/messages-de";

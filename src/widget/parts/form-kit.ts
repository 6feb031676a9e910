// The form kit: everything a form needs once the first question is on screen, loaded right after the
// first paint (a Next or Submit pressed before it arrives waits for it): the visitor profile and draft
// (storage), Next with validation, scoring, the email classifier (the free-mail and disposable lists)
// and "did you mean", the choice, select and consent fields and their stylesheet, lead building,
// delivery (the IndexedDB outbox: pending leads of earlier visits go out on every page load) and the
// outcome screen.
export { createVisitRuntime } from "../visit-runtime";
export { goNext, showSuggestion } from "../form-actions";
export { classifyEmail } from "../../qualify/classify-email";
export { errorMessage } from "../error-message";
export { EmailSuggestion } from "../email-suggestion";
export { ChoiceField } from "../fields/choice-field";
export { SelectField } from "../fields/select-field";
export { ConsentField } from "../fields/consent-field";
export { Outcome } from "../outcome";
export { WelcomeBack } from "../welcome-back";
export { watchDeliveryNotice } from "../delivery-notice";
export { startBrowserDelivery } from "../../delivery/browser-delivery";
export { enMore } from "../../i18n/messages-en-more";
export { KIT_CSS } from "../kit-css";

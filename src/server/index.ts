// lead-qualifier/server: the lead receiver (SPEC 8). Web-standard handler + Node adapter; no side effects.
export { createLeadHandler, DEFAULT_MAX_BODY_BYTES } from "./create-lead-handler";
export type { LeadHandler, LeadHandlerOptions, RequestInfo } from "./create-lead-handler";
export { toNodeListener } from "./node-listener";
export type { NodeListenerOptions } from "./node-listener";
export { createMemoryDedupeStore } from "./dedupe-store";
export type { AcceptedLead, DedupeRecord, DedupeStore, MemoryDedupeStoreOptions } from "./dedupe-store";
export { createRateLimiter } from "./create-rate-limiter";
export type { RateDecision, RateLimit, RateLimiter } from "./create-rate-limiter";
export { hashLead, canonicalJson } from "./hash-lead";
export { rescoreLead, sameScore } from "./server-lead";
export type { ServerLead } from "./server-lead";
export type { LeadIssue } from "./format-lead-issues";
export { scoreLead } from "../qualify/score-lead";
export { validateConfig } from "../config/validate-config";
export type * from "../config/types";
export { verifyWebhook, webhookSignature, WEBHOOK_TOLERANCE_SECONDS } from "./verify-webhook";
export type { WebhookVerification } from "./verify-webhook";

import type { Config, Question } from "../../src/config/types";
import { baseConfig } from "../support/base-config";

/** A hand-built config with the SPEC 4 scoring block (no dependency on validateConfig). */
export const questions: Question[] = [
  {
    id: "role", type: "single", label: { en: "Your role", de: "Ihre Rolle" }, required: true,
    options: [
      { value: "vp", label: "VP", score: { authority: 25 } },
      { value: "manager", label: "Manager", score: { authority: 15 } },
      { value: "student", label: "Student", score: { authority: 0 } },
    ],
  },
  {
    id: "timeframe", type: "single", label: "When?", required: true,
    options: [
      { value: "now", label: "Within a month", score: { timeframe: 25 } },
      { value: "next-quarter", label: "Next quarter", score: { timeframe: 15 } },
      { value: "later", label: "Later", score: { timeframe: 5 } },
    ],
  },
  {
    id: "budget", type: "select", label: "Budget",
    options: [
      { value: "yes", label: "Approved", score: { budget: 20 } },
      { value: "no", label: "None", score: { budget: -10 } },
    ],
  },
  {
    id: "need", type: "multi", label: "Needs",
    options: [
      { value: "reporting", label: "Reporting", score: { need: 10 } },
      { value: "dashboards", label: "Dashboards", score: { need: 10 } },
      { value: "alerts", label: "Alerts", score: { need: 10, fit: 1 } },
    ],
  },
  {
    id: "employees", type: "number", label: "Employees", min: 1,
    ranges: [{ max: 50, score: { fit: 2 } }, { min: 50, max: 1000, score: { fit: 10 } }, { min: 1000, score: { fit: 6 } }],
  },
  {
    id: "team", type: "single", label: "Team", showIf: { answer: "employees", gte: 50 },
    options: [{ value: "data", label: "Data team", score: { need: 5 } }],
  },
  { id: "email", type: "email", label: "Email", required: true, reject: ["disposable-email"] },
  { id: "consent", type: "consent", label: "I agree", required: true },
];

export const config: Config = baseConfig({
  campaign: { type: "trade-show", name: "RetailTech 2026" },
  questions,
  scoring: {
    max: { budget: 25, authority: 25, need: 25, timeframe: 25, fit: 10 },
    rules: [
      { if: { answer: "role", in: ["student"] }, tier: "disqualified", reason: "Student" },
      {
        if: { all: [{ answer: "timeframe", in: ["now"] }, { score: "total", gte: 50 }] },
        tier: "sales-ready", reason: "Buying within a month",
      },
      { if: { answer: "timeframe", in: ["next-quarter"] }, tier: "sales-later", reason: "Asked for a later call" },
    ],
    thresholds: { "sales-ready": 70, nurture: 40 },
  },
});

/** The same form with two product lines, each adding its own questions. */
export const configWithLines: Config = {
  ...config,
  productLines: {
    analytics: {
      label: { en: "Analytics", de: "Analytik" },
      questions: [
        {
          id: "warehouse", type: "single", label: "Data warehouse?",
          options: [{ value: "yes", label: "Yes", score: { fit: 5 } }, { value: "no", label: "No" }],
        },
      ],
    },
    crm: {
      label: "CRM",
      questions: [
        { id: "seats", type: "number", label: "Seats", ranges: [{ min: 10, score: { fit: 8 } }] },
        { id: "crmNotes", type: "text", label: "Notes", showIf: { answer: "seats", gte: 100 } },
      ],
    },
  },
};

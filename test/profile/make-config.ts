import type { Config, Question } from "../../src/config/types";
import { baseConfig } from "../support/base-config";

/** A small valid config: email, role (rule-read, authority points), timeframe, employees, notes, consent. */
export function makeConfig(overrides: Partial<Config> = {}): Config {
  const base = baseConfig();
  return { ...base, questions: CORE_QUESTIONS, flow: { ...base.flow, maxNewQuestionsPerVisit: 3 }, ...overrides };
}

export const CORE_QUESTIONS: Question[] = [
  { id: "email", type: "email", label: "Work email", required: true },
  { id: "name", type: "text", label: "Name" },
  {
    id: "role", type: "single", label: "Role",
    options: [
      { value: "vp", label: "VP", score: { authority: 25 } },
      { value: "student", label: "Student" },
    ],
  },
  {
    id: "timeframe", type: "single", label: "When",
    options: [
      { value: "now", label: "Now", score: { timeframe: 25 } },
      { value: "later", label: "Later", score: { timeframe: 5 } },
    ],
  },
  {
    id: "employees", type: "number", label: "Employees", min: 1,
    ranges: [{ max: 50, score: { fit: 2 } }, { min: 50, score: { fit: 40 } }],
  },
  { id: "notes", type: "textarea", label: "Anything else?" },
  { id: "terms", type: "consent", label: "I agree", required: true },
];

export const PRODUCT_LINES: Config["productLines"] = {
  analytics: {
    label: "Analytics",
    questions: [
      {
        id: "seats", type: "single", label: "Seats",
        options: [{ value: "10", label: "10", score: { need: 10 } }, { value: "100", label: "100", score: { need: 25 } }],
      },
      { id: "dashboards", type: "multi", label: "Dashboards", options: [{ value: "sales", label: "Sales" }, { value: "ops", label: "Ops" }] },
    ],
  },
  crm: {
    label: "CRM",
    questions: [{ id: "crmUsers", type: "number", label: "CRM users", min: 1 }],
  },
};

/** A Map-backed StorageLike that can be told to throw, like Safari private mode or a full quota. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  let failing = false;
  return {
    data,
    fail(on = true) {
      failing = on;
    },
    getItem(key: string) {
      if (failing) throw new Error("SecurityError");
      return data.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (failing) throw new Error("QuotaExceededError");
      data.set(key, value);
    },
    removeItem(key: string) {
      if (failing) throw new Error("SecurityError");
      data.delete(key);
    },
  };
}

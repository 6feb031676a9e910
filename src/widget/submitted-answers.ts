import type { Answers, Config } from "../config/types";
import { applicableQuestions } from "../qualify/applicable-questions";

/**
 * The answers to submit: everything known plus this visit's answers, minus answers to questions
 * that no longer apply. A visitor who picked "other" (revealing a follow-up), answered it, then
 * went back and changed their mind must not send the follow-up: sales would read an answer to a
 * question the visitor was, in the end, never asked. Dropping one answer can hide another
 * question in turn, so this repeats until nothing changes.
 *
 * @example submittedAnswers(config, { role: "student", roleOther: "x" }) // { role: "student" }
 */
export function submittedAnswers(config: Config, answers: Answers, productLine?: string): Answers {
  let current: Answers = { ...answers };
  // Each pass removes at least one key or stops, so this ends within (keys + 1) passes.
  for (;;) {
    const ids = new Set(applicableQuestions(config, current, productLine ?? config.productLine).map((q) => q.id));
    const kept = Object.fromEntries(Object.entries(current).filter(([id]) => ids.has(id)));
    if (Object.keys(kept).length === Object.keys(current).length) return kept;
    current = kept;
  }
}

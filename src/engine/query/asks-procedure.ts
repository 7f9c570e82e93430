/**
 * A question asking how to do something oneself ("how do i …", "how to …", "can i …", "what's the best
 * way to …"): only a passage written to instruct answers it, not one that reports on the same words.
 */
const PROCEDURE =
  /\b(?:how (?:do|can|should|would|could|might) (?:i|we|u)|how to|(?:can|should|could|do|must) (?:i|we)|where (?:can|do|should) (?:i|we)|what should (?:i|we)|best way to)\b/iu;

/** Whether `text` (a question, or an entry's phrasing) asks how to do something oneself. */
export function asksProcedure(text: string): boolean {
  return PROCEDURE.test(text.replace(/[’']/gu, "'"));
}

/**
 * A question asking what an abbreviation stands for ("what does TSMC stand for", "GPU full form"):
 * only content that gives the name in full answers it, not one that merely uses the abbreviation.
 */
const EXPANSION = /\b(?:stands? for|short for|full (?:form|name)|abbreviation|acronym)\b/iu;

/** Whether `text` asks what an abbreviation stands for. */
export function asksExpansion(text: string): boolean {
  return EXPANSION.test(text);
}

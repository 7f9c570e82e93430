// Words people frame a question about documentation with ("does it support X", "difference between
// X and Y", "X example", "does X work in Y", "what happens if X"): they name no topic. A content that
// uses one matches it as any word; a content that never does (or meets it only through a thesaurus
// guess, "example" as "instance") must not count it as the mark of another topic.
const WORDS = `
support supports supported supporting difference differences differ differs different example examples
way ways work works working worked possible possibly downside downsides advantage advantages benefit
benefits alternative alternatives recommended recommend correctly properly approach existing happen
happens happened
`;

/** Folded asking words (see above). */
export const ASKING_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter(Boolean));

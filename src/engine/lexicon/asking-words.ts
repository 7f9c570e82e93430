// Words people frame a question about documentation with ("does it support X", "difference between
// X and Y", "X example", "does X work in Y"): they name no topic. A content that uses one matches it
// as any word; a content that never does must not count it as the mark of another topic.
const WORDS = `
support supports supported supporting difference differences differ differs different example examples
way ways work works working worked possible possibly downside downsides advantage advantages benefit
benefits alternative alternatives recommended recommend correctly properly approach existing
`;

/** Folded asking words (see above). */
export const ASKING_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter(Boolean));

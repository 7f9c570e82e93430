// "what is QueryResult", "what's a DatabaseConnection", "what does the QueryExecutor do": the question
// asks what the thing it names first is. "whats the downside of awaitMessages" asks about a downside,
// "what does readdirSync filter return" what a call returns.
const ASKS_WHAT_IT_IS =
  /^\W*(?:(?:what\s+(?:is|are)|whats|what['’]s)\s+(?:(?:an?|the)\s+)?([\p{L}\p{N}_$]+)|what\s+does\s+(?:(?:an?|the)\s+)?([\p{L}\p{N}_$]+)\s+(?:do|mean)\b)/iu;

/** The word a question asks the definition of ("what is X", "what does the X do"), lower-cased, if any. */
export function definedWord(question: string): string | undefined {
  const match = ASKS_WHAT_IT_IS.exec(question);
  return (match?.[1] ?? match?.[2])?.toLowerCase();
}

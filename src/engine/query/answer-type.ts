/** The kind of answer a question asks for, when its wording says so. */
export type AnswerType = 'person' | 'time' | 'number' | 'place';

const KIND = '(?:what|which)(?: kind of| type of)?';
const CUES: readonly [AnswerType, RegExp][] = [
  [
    'time',
    new RegExp(
      `\\bwhen\\b|\\b${KIND} (?:year|century|decade|date|month|day|period|era|age)s?\\b|\\bhow long ago\\b`,
      'iu',
    ),
  ],
  [
    'number',
    /\bhow (?:many|much|big|large|long|old|far|tall|high|often|fast|heavy|wide)\b|\bwhat (?:percent|percentage|number|amount|proportion|share|fraction)\b/iu,
  ],
  [
    'person',
    /\bwho(?:m|se)?\b|\b(?:what|which) (?:person|people|king|queen|leader|man|woman|men|women|ruler|name)\b/iu,
  ],
  [
    'place',
    /\bwhere\b|\b(?:what|which) (?:country|countries|city|cities|region|place|area|town|state|island|continent|location)\b/iu,
  ],
];
// The question word that leads the question, within its first three words ("in what year", "and who"):
// it says what is asked ("who led … when …" asks who; "is it available when …" asks no kind).
const LEADING_QUESTION_WORD = /^\W*(?:\S+\s+){0,2}?(who|whom|whose|what|which|when|where|why|how)\b/iu;

/** What kind of answer the question's wording asks for: "who" a name, "when" a date, "how many" a number. */
export function answerTypeOf(question: string): AnswerType | undefined {
  const leading = LEADING_QUESTION_WORD.exec(question);
  if (!leading) return undefined;
  const rest = question.slice(leading[0].length - (leading[1] ?? '').length);
  let found: { type: AnswerType; at: number } | undefined;
  for (const [type, cue] of CUES) {
    const match = cue.exec(rest);
    if (match && (!found || match.index < found.at)) found = { type, at: match.index };
  }
  // The cue must be the leading question word itself ("in what year", "how many"), not a later clause.
  return found && found.at === 0 ? found.type : undefined;
}

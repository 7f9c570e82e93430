import { TOPIC_ENTRY_PREFIX } from '../../content/derive-entries.js';
import type { IndexedKnowledgeBase } from '../indexing/build-index.js';

/**
 * The entry to suggest for a ranked entry: a topic entry derived from one passage of a document
 * section is titled by the passage's opening words ("You can provide a filter key to the…"), which
 * reads poorly as a question to try; its section's heading entry ("Basic message collector", the
 * deepest heading over the passage) names the topic instead and answers with the whole section.
 * Any other entry (curated, glossary, heading, acronym) is itself.
 */
export function sectionEntryOf(ikb: IndexedKnowledgeBase, entryIndex: number): number {
  const { entry, passageIndexes } = ikb.entries[entryIndex]!;
  if (entry.origin !== 'derived' || !entry.id.startsWith(TOPIC_ENTRY_PREFIX) || passageIndexes.length !== 1)
    return entryIndex;
  let best = entryIndex;
  let bestSize = Infinity;
  for (const candidate of ikb.entriesOfPassage[passageIndexes[0]!] ?? []) {
    const { entry: other, passageIndexes: covered } = ikb.entries[candidate]!;
    if (other.origin === 'heading' && covered.length < bestSize) {
      best = candidate;
      bestSize = covered.length;
    }
  }
  return best;
}

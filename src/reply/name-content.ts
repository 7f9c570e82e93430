import { shortenText } from './shorten-text.js';

// A title longer than this is shortened where a reply names it (an embed title holds 256).
const TITLE_LENGTH = 120;

/**
 * What replies call the content they answer from: one document by its title (“Context Menus”),
 * several as these documents — never "the article", which a folder of guides is not.
 */
export interface ContentName {
  /** `“Context Menus”` or `these documents`, to stand mid-sentence. */
  readonly name: string;
  readonly several: boolean;
}

/** The content's name for replies, from its (first) title and how many documents it has. */
export function nameContent(title: string, documents = 1): ContentName {
  return documents > 1
    ? { name: 'these documents', several: true }
    : { name: `“${shortenText(title, TITLE_LENGTH)}”`, several: false };
}

/** `“Context Menus” doesn't cover “…”.` or `These documents don't cover that.` */
export function notCoveredBy(content: ContentName, asked: string | null): string {
  const subject = content.name.charAt(0).toUpperCase() + content.name.slice(1);
  return `${subject} ${content.several ? "don't" : "doesn't"} cover ${asked === null ? 'that' : `“${asked}”`}.`;
}

/** The message-body checks Discord applies that bots most often trip over. */
import { arrayField, asObject, stringField, type JsonObject } from './json-fields.js';
import { discordError, type RouteResponse } from './route-table.js';

const MAX_CONTENT = 2000;
const MAX_EMBEDS = 10;
const MAX_EMBED_DESCRIPTION = 4096;
const MAX_EMBED_TITLE = 256;

function invalidFormBody(path: string, code: string, message: string): RouteResponse {
  const response = discordError(400, 50035, 'Invalid Form Body');
  return {
    ...response,
    body: { ...asObject(response.body), errors: { [path]: { _errors: [{ code, message }] } } },
  };
}

function embedProblem(embeds: unknown[]): RouteResponse | null {
  for (const [i, raw] of embeds.entries()) {
    const embed = asObject(raw);
    const description = stringField(embed, 'description') ?? '';
    if (description.length > MAX_EMBED_DESCRIPTION) {
      return invalidFormBody(
        `embeds.${i}.description`,
        'BASE_TYPE_MAX_LENGTH',
        `Must be ${MAX_EMBED_DESCRIPTION} or fewer in length.`,
      );
    }
    if ((stringField(embed, 'title') ?? '').length > MAX_EMBED_TITLE) {
      return invalidFormBody(
        `embeds.${i}.title`,
        'BASE_TYPE_MAX_LENGTH',
        `Must be ${MAX_EMBED_TITLE} or fewer in length.`,
      );
    }
  }
  return null;
}

/**
 * Returns Discord's 400 answer for an invalid message body, or null if it is acceptable.
 * `creating` = a new message (empty ones are refused); edits may omit everything.
 */
export function messageBodyProblem(
  body: JsonObject,
  fileCount: number,
  creating: boolean,
): RouteResponse | null {
  const content = stringField(body, 'content') ?? '';
  if (content.length > MAX_CONTENT) {
    return invalidFormBody('content', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CONTENT} or fewer in length.`);
  }
  const embeds = arrayField(body, 'embeds');
  if (embeds.length > MAX_EMBEDS) {
    return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_EMBEDS} or fewer in length.`);
  }
  const embedIssue = embedProblem(embeds);
  if (embedIssue) return embedIssue;
  const empty =
    content.length === 0 &&
    embeds.length === 0 &&
    arrayField(body, 'components').length === 0 &&
    arrayField(body, 'sticker_ids').length === 0 &&
    body['poll'] === undefined &&
    fileCount === 0;
  if (creating && empty) return discordError(400, 50006, 'Cannot send an empty message');
  return null;
}

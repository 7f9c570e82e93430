import type { REST } from 'discord.js';
import { Routes, TeamMemberRole } from 'discord-api-types/v10';
import { z } from 'zod';

/** Who owns the application: one user, or a team whose members have roles. */
export type ApplicationOwner =
  | { readonly kind: 'user'; readonly userId: string }
  | {
      readonly kind: 'team';
      readonly members: readonly { readonly userId: string; readonly role: string }[];
    };

/** Asks Discord who owns the application now (ownership can change while the bot runs). */
export type FetchOwner = () => Promise<ApplicationOwner>;

const Application = z.object({
  owner: z.object({ id: z.string() }).nullish(),
  team: z
    .object({
      members: z.array(z.object({ user: z.object({ id: z.string() }), role: z.string() })),
    })
    .nullish(),
});

/** The owner from GET /applications/@me (needs the bot token on `rest`). */
export function fetchApplicationOwner(rest: REST): FetchOwner {
  return async () => {
    const application = Application.parse(await rest.get(Routes.currentApplication()));
    if (application.team) {
      return {
        kind: 'team',
        members: application.team.members.map((m) => ({ userId: m.user.id, role: m.role })),
      };
    }
    if (!application.owner) throw new Error('Discord named no owner for the application');
    return { kind: 'user', userId: application.owner.id };
  };
}

/** True for the owner, or a team member who is not read-only. */
export function isOwner(owner: ApplicationOwner, userId: string): boolean {
  if (owner.kind === 'user') return owner.userId === userId;
  const member = owner.members.find((m) => m.userId === userId);
  return member !== undefined && member.role !== String(TeamMemberRole.ReadOnly);
}

import { z } from 'zod';
import { zodMessage } from '../domain/zod-issues';
import { DatabaseNameSchema, ServerUrlSchema, UserNameSchema } from './connection';
import { managerDatabase, TEAM_DOC_ID, type TeamDoc } from './managers';

/**
 * What `touchstone sync setup` prepares on a CouchDB server for one audit, read from a plan
 * file: the team database, one database per field manager, their users, and who may open
 * each (CouchDB's security objects). Passwords are in the plan only for users to create or
 * to give a new password; the admin's come from the environment, never the plan.
 */

const UserSchema = z.object({
  user: UserNameSchema,
  /** Only to create the user, or to change their password: left out, an existing user stays. */
  password: z.string().min(8).max(1024).optional(),
});

export const SetupPlanSchema = z
  .object({
    server: ServerUrlSchema,
    database: DatabaseNameSchema,
    consultants: z.array(UserSchema).min(1).max(200),
    managers: z
      .array(
        UserSchema.extend({
          /** The observer name their visits carry, as field packs match it. */
          observer: z.string().trim().min(1).max(200),
        }),
      )
      .max(1000)
      .default([]),
  })
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    for (const [i, u] of [...plan.consultants, ...plan.managers].entries()) {
      if (seen.has(u.user))
        ctx.addIssue({
          code: 'custom',
          path:
            i < plan.consultants.length
              ? ['consultants', i, 'user']
              : ['managers', i - plan.consultants.length, 'user'],
          message: zodMessage('errors.sync.userTwice', { user: u.user }),
        });
      seen.add(u.user);
    }
  });
export type SetupPlan = z.infer<typeof SetupPlanSchema>;

/** A CouchDB security object: who may administer and who may read and write a database. */
export interface SecurityObject {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
}

/** One database the setup leaves on the server, with who may open it. */
export interface DatabaseSetup {
  name: string;
  security: SecurityObject;
}

const members = (names: string[]): SecurityObject => ({
  // Only the server's admins administer: no user may change who else gets in.
  admins: { names: [], roles: [] },
  members: { names: [...names].sort(), roles: [] },
});

/**
 * The databases of a plan: the team database, open to the consultants only (a manager never
 * reaches the team's beliefs or other managers' evidence), and each manager's, open to that
 * manager and the consultants whose apps feed and read it.
 */
export function setupDatabases(plan: SetupPlan): DatabaseSetup[] {
  const consultants = plan.consultants.map((c) => c.user);
  return [
    { name: plan.database, security: members(consultants) },
    ...plan.managers.map((m) => ({
      name: managerDatabase(plan.database, m.user),
      security: members([m.user, ...consultants]),
    })),
  ];
}

/** The team database's list of managers, as the consultants' apps read it (managers.ts). */
export function teamDocOf(plan: SetupPlan): TeamDoc {
  return {
    _id: TEAM_DOC_ID,
    managers: plan.managers.map((m) => ({
      user: m.user,
      observer: m.observer,
      database: managerDatabase(plan.database, m.user),
    })),
  };
}

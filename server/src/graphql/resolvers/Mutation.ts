import { passwordProblem } from '../../auth/passwords.js';
import { badUserInput } from '../../errors.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import type { Context } from '../context.js';

/** Who acts, for the audit log; the authorization wrapper has made sure there is a viewer. */
const actor = (ctx: Context) => ({ username: ctx.viewer?.username ?? null, origin: ctx.origin });
const signedIn = (ctx: Context) => {
  if (!ctx.viewer) throw new Error('authorization wrapper missing');
  return ctx.viewer;
};

/** Whose passkeys, in which session. */
const passkeySubject = (ctx: Context) => {
  const { sessionHash, userId, username } = signedIn(ctx);
  return { sessionHash, userId, username };
};

export const Mutation: MutationResolvers = {
  login: async (_parent, { username, password }, ctx) => {
    const { user, token } = await ctx.auth.login(username, password, ctx.origin, ctx.userAgent);
    ctx.session?.set(token);
    return user;
  },
  logout: async (_parent, _args, ctx) => {
    await ctx.auth.logout(signedIn(ctx), ctx.origin);
    ctx.session?.clear();
    return true;
  },
  changePassword: async (_parent, { oldPassword, newPassword }, ctx) => {
    const viewer = signedIn(ctx);
    await ctx.auth.changePassword(viewer, oldPassword, newPassword, ctx.origin, passwordProblem(newPassword, viewer.username));
    return true;
  },
  endMySession: async (_parent, { id }, ctx) => {
    const { current } = await ctx.auth.endMySession(signedIn(ctx), id, ctx.origin);
    if (current) ctx.session?.clear();
    return true;
  },
  endMyOtherSessions: (_parent, _args, ctx) => ctx.auth.endMyOtherSessions(signedIn(ctx), ctx.origin),
  passkeyRegistrationOptions: (_parent, _args, ctx) => ctx.passkeys.registrationOptions(passkeySubject(ctx)),
  verifyPasskeyRegistration: (_parent, { response, name }, ctx) => ctx.passkeys.register(passkeySubject(ctx), response, name, actor(ctx)),
  removePasskey: async (_parent, { id }, ctx) => {
    await ctx.passkeys.remove(signedIn(ctx), Number(id), actor(ctx));
    return true;
  },
  createUser: (_parent, { input }, ctx) => ctx.users.create(actor(ctx), input),
  setUserRole: (_parent, { username, role, municipalityCode }, ctx) => ctx.users.setRole(actor(ctx), username, role, municipalityCode),
  deactivateUser: (_parent, { username }, ctx) => ctx.users.setActive(actor(ctx), username, false),
  reactivateUser: (_parent, { username }, ctx) => ctx.users.setActive(actor(ctx), username, true),
  endSessions: (_parent, { username }, ctx) => ctx.users.endSessions(actor(ctx), username),
  unlockLogins: (_parent, { username }, ctx) => ctx.users.unlockLogins(actor(ctx), username),
  importData: (_parent, { kind, content, dryRun }, ctx) =>
    ctx.imports.run(kind, [content], { dryRun: dryRun ?? false, actor: actor(ctx), fileName: null }),
  createGoal: (_parent, { input }, ctx) => ctx.steering.createGoal(actor(ctx), input),
  updateGoal: (_parent, { id, input }, ctx) => ctx.steering.updateGoal(actor(ctx), Number(id), input),
  deleteGoal: (_parent, { id }, ctx) => ctx.steering.deleteGoal(actor(ctx), Number(id)),
  reportGoalValue: (_parent, { id, value, date }, ctx) => ctx.steering.reportValue(actor(ctx), Number(id), value, date),
  setThemeStatus: async (_parent, { code, status, note, asCommonThread }, ctx) => {
    await ctx.steering.setThemeStatus(actor(ctx), code, status, note ?? null, asCommonThread ?? false);
    return themeByCode(ctx, code);
  },
  updateTheme: async (_parent, { code, input }, ctx) => {
    const { domainCodes, ...changes } = input;
    await ctx.steering.editTheme(actor(ctx), code, withoutUndefined(changes), domainCodes ?? null);
    return themeByCode(ctx, code);
  },
  addNote: (_parent, { input }, ctx) =>
    ctx.steering.addNote(actor(ctx), { target: input.target, peildatum: input.peildatum ?? null, text: input.text }),
  deleteNote: (_parent, { id }, ctx) => ctx.steering.deleteNote(actor(ctx), Number(id)),
  restoreVersion: async (_parent, { id, dryRun }, ctx) => {
    const result = await ctx.imports.restore(Number(id), { dryRun: dryRun ?? false, actor: actor(ctx) });
    if (!result.found) throw badUserInput(`Versie ${id} bestaat niet; kies een versie uit de geschiedenis.`);
    return result;
  },
};

/** The theme as it is after an edit (read fresh: the request's cache holds the old one). */
async function themeByCode(ctx: Context, code: string) {
  const theme = (await ctx.store.listThemes()).find((t) => t.code === code);
  if (!theme) throw badUserInput(`Thema "${code}" bestaat niet.`);
  ctx.loaders.themeEdits.clear(code);
  ctx.loaders.themeDomains.clear(code);
  return theme;
}

/** GraphQL sends null for a field cleared and leaves out a field not meant to change. */
function withoutUndefined<T extends Record<string, unknown>>(input: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

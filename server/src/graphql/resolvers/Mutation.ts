import { passwordProblem } from '../../auth/passwords.js';
import { hashToken, SIGN_IN_AGAIN } from '../../auth/AuthService.js';
import { badUserInput, unauthenticated } from '../../errors.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import type { Context } from '../context.js';

/** Who acts, for the audit log; the authorization wrapper has made sure there is a viewer. */
const actor = (ctx: Context) => ({ username: ctx.viewer?.username ?? null, origin: ctx.origin });
const signedIn = (ctx: Context) => {
  if (!ctx.viewer) throw new Error('authorization wrapper missing');
  return ctx.viewer;
};
const pendingOf = (ctx: Context) => {
  if (!ctx.pending) throw new Error('authorization wrapper missing');
  return ctx.pending;
};

/** Who sets up a factor: the signed-in user, or a sign-in that must enrol before anything else. */
async function factorOwner(ctx: Context) {
  if (ctx.viewer) return { userId: ctx.viewer.userId, username: ctx.viewer.username, role: ctx.viewer.role };
  const pending = pendingOf(ctx);
  const [user] = pending.stage === 'ENROL' ? await ctx.store.getUsers([pending.userId]) : [];
  if (!user) throw unauthenticated(SIGN_IN_AGAIN);
  return { userId: user.id, username: user.username, role: user.role };
}

/** The sign-in is complete: the new session's cookie, and the user. */
async function signedInStep(ctx: Context, userId: number, token: string) {
  ctx.session?.set(token);
  const [user] = await ctx.store.getUsers([userId]);
  return { next: 'NONE' as const, user: user ?? null, methods: [], required: user ? ctx.auth.requiresSecondFactor(user.role) : false };
}

/** Whose passkeys, in which session: the signed-in user's, or those of a sign-in that must enrol. */
const passkeySubject = (ctx: Context, { userId, username }: { userId: number; username: string }) => ({
  sessionHash: ctx.viewer?.sessionHash ?? pendingOf(ctx).sessionHash,
  userId,
  username,
});

export const Mutation: MutationResolvers = {
  login: async (_parent, { username, password }, ctx) => {
    const { user, token, stage } = await ctx.auth.login(username, password, ctx.origin, ctx.userAgent);
    ctx.session?.set(token);
    if (stage === 'FULL') return { next: 'NONE', user, methods: [], required: ctx.auth.requiresSecondFactor(user.role) };
    const pending = { sessionHash: hashToken(token), userId: user.id, username: user.username, stage };
    return ctx.secondFactors.signInStep(pending, user.role);
  },
  verifyTotp: async (_parent, { code }, ctx) => {
    const pending = pendingOf(ctx);
    return signedInStep(ctx, pending.userId, await ctx.secondFactors.verifyTotp(pending, code, ctx.origin));
  },
  useRecoveryCode: async (_parent, { code }, ctx) => {
    const pending = pendingOf(ctx);
    const { token, remaining } = await ctx.secondFactors.useRecoveryCode(pending, code, ctx.origin);
    return { step: await signedInStep(ctx, pending.userId, token), remaining };
  },
  startTotpEnrolment: async (_parent, _args, ctx) => ctx.secondFactors.startTotpEnrolment(await factorOwner(ctx), ctx.origin),
  confirmTotpEnrolment: async (_parent, { code }, ctx) => {
    const codes = await ctx.secondFactors.confirmTotpEnrolment(await factorOwner(ctx), code, ctx.origin);
    // A sign-in that had to enrol is complete now: the app's first code was its second factor.
    if (!ctx.viewer) ctx.session?.set(await ctx.auth.completeSignIn(pendingOf(ctx), 'PASSWORD_TOTP', ctx.origin));
    return codes;
  },
  regenerateRecoveryCodes: async (_parent, { code }, ctx) =>
    ctx.secondFactors.regenerateRecoveryCodes(await factorOwner(ctx), code, ctx.origin, ctx.viewer?.sessionHash ?? null),
  removeTotp: async (_parent, _args, ctx) => {
    await ctx.secondFactors.removeTotp(await factorOwner(ctx), ctx.origin);
    return true;
  },
  resetSecondFactor: (_parent, { username }, ctx) => ctx.secondFactors.reset(actor(ctx), username),
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
  passkeyRegistrationOptions: async (_parent, _args, ctx) => ctx.passkeys.registrationOptions(passkeySubject(ctx, await factorOwner(ctx))),
  verifyPasskeyRegistration: async (_parent, { response, name }, ctx) => {
    const owner = await factorOwner(ctx);
    const who = { username: owner.username, origin: ctx.origin };
    const passkey = await ctx.passkeys.register(passkeySubject(ctx, owner), response, name, who);
    const recoveryCodes = await ctx.secondFactors.recoveryCodesIfNone(owner, ctx.origin);
    // A sign-in that had to set up a factor is complete: the passkey just made was its second step.
    if (!ctx.viewer) ctx.session?.set(await ctx.auth.completeSignIn(pendingOf(ctx), 'PASSWORD_PASSKEY', ctx.origin));
    return { passkey, recoveryCodes };
  },
  removePasskey: async (_parent, { id }, ctx) => {
    await ctx.passkeys.remove(await factorOwner(ctx), Number(id), actor(ctx));
    return true;
  },
  passkeyAuthenticationOptions: (_parent, _args, ctx) => {
    const pending = pendingOf(ctx);
    if (pending.stage !== 'SECOND_FACTOR') throw unauthenticated(SIGN_IN_AGAIN);
    return ctx.passkeys.authenticationOptions(pending);
  },
  verifyPasskeyAuthentication: async (_parent, { response }, ctx) => {
    const pending = pendingOf(ctx);
    return signedInStep(ctx, pending.userId, await ctx.passkeys.signIn(pending, response, ctx.origin));
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
  addExplanation: (_parent, { input }, ctx) =>
    ctx.explanations.add(actor(ctx), signedIn(ctx), {
      peildatum: input.peildatum,
      figure: input.figure,
      municipalityCode: input.municipalityCode ?? null,
      domainCode: input.domainCode ?? null,
      text: input.text,
    }),
  updateExplanation: (_parent, { id, version, text }, ctx) => ctx.explanations.update(actor(ctx), signedIn(ctx), Number(id), version, text),
  removeExplanation: (_parent, { id, version }, ctx) => ctx.explanations.remove(actor(ctx), signedIn(ctx), Number(id), version),
  restoreVersion: async (_parent, { id, dryRun }, ctx) => {
    const result = await ctx.imports.restore(Number(id), { dryRun: dryRun ?? false, actor: actor(ctx) });
    if (!result.found) {
      throw badUserInput({
        nl: `Versie ${id} bestaat niet; kies een versie uit de geschiedenis.`,
        en: `Version ${id} does not exist; choose a version from the history.`,
      });
    }
    return result;
  },
};

/** The theme as it is after an edit (read fresh: the request's cache holds the old one). */
async function themeByCode(ctx: Context, code: string) {
  const theme = (await ctx.store.listThemes()).find((t) => t.code === code);
  if (!theme) throw badUserInput({ nl: `Thema "${code}" bestaat niet.`, en: `Theme "${code}" does not exist.` });
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

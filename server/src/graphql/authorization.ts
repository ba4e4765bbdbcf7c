import { buildSchema, defaultFieldResolver, GraphQLObjectType, type GraphQLFieldResolver } from 'graphql';
import { ROLE_NAMES, ROLE_NAMES_EN } from '../auth/viewer.js';
import { forbidden, unauthenticated, type Message } from '../errors.js';
import type { Role } from '../store/types.js';
import type { Context } from './context.js';

/**
 * 'pending': a sign-in waiting for its second step (context.pending, any stage; what needs the ENROL
 * stage checks it itself). 'signedInOrPending': either that or a signed-in user.
 */
type Rule = 'public' | 'authenticated' | 'pending' | 'signedInOrPending' | readonly Role[];

const BEHEERDER_ONLY: readonly Role[] = ['BEHEERDER'];
/** Those who keep the figures current. */
const DATA_KEEPERS: readonly Role[] = ['ZVH', 'BEHEERDER'];
/** Those who steer or run the region as a whole, and so may see it beside other regions (decision 0022). */
const REGION_VIEWERS: readonly Role[] = ['BESTUURDER', 'ZVH', 'BEHEERDER'];
/** Who explains figures: the data keepers, and a municipality its own (docs/decisions/0021). */
const EXPLANATION_WRITERS: readonly Role[] = ['ZVH', 'BEHEERDER', 'GEMEENTE'];

/**
 * Who may ask what: the one place where that is decided. Every field of Query and Mutation
 * needs a session unless named public here; the role lists name who may use a field at all.
 * What a role may *see* of the figures it may ask for (small counts) is decided in
 * domain/visibility.ts.
 */
export const RULES: Readonly<Record<string, Rule>> = {
  'Mutation.login': 'public',
  'Query.signInStep': 'public',
  // A pending sign-in is nobody yet: me answers null (without a session at all, UNAUTHENTICATED).
  'Query.me': 'signedInOrPending',
  'Mutation.verifyTotp': 'pending',
  'Mutation.useRecoveryCode': 'pending',
  'Mutation.startTotpEnrolment': 'signedInOrPending',
  'Mutation.confirmTotpEnrolment': 'signedInOrPending',
  'Mutation.passkeyRegistrationOptions': 'signedInOrPending',
  'Mutation.verifyPasskeyRegistration': 'signedInOrPending',
  'Mutation.passkeyAuthenticationOptions': 'pending',
  'Mutation.verifyPasskeyAuthentication': 'pending',
  'Mutation.resetSecondFactor': BEHEERDER_ONLY,
  'Query.signInOptions': 'public',
  'Query.deployment': 'public',
  'Query.users': BEHEERDER_ONLY,
  'Mutation.createUser': BEHEERDER_ONLY,
  'Mutation.setUserRole': BEHEERDER_ONLY,
  'Mutation.deactivateUser': BEHEERDER_ONLY,
  'Mutation.reactivateUser': BEHEERDER_ONLY,
  'Mutation.endSessions': BEHEERDER_ONLY,
  'Mutation.unlockLogins': BEHEERDER_ONLY,
  'Mutation.importData': DATA_KEEPERS,
  'Mutation.restoreVersion': DATA_KEEPERS,
  'Query.dataVersions': DATA_KEEPERS,
  'Query.auditLog': DATA_KEEPERS,
  'Query.importFormats': DATA_KEEPERS,
  'Mutation.createGoal': DATA_KEEPERS,
  'Mutation.updateGoal': DATA_KEEPERS,
  'Mutation.deleteGoal': DATA_KEEPERS,
  'Mutation.reportGoalValue': DATA_KEEPERS,
  'Mutation.setThemeStatus': DATA_KEEPERS,
  'Mutation.updateTheme': DATA_KEEPERS,
  'Mutation.addNote': DATA_KEEPERS,
  'Mutation.deleteNote': DATA_KEEPERS,
  'Query.nationalComparison': REGION_VIEWERS,
  // A GEMEENTE user for its own municipality's figures only (management/Explanations.ts).
  'Mutation.addExplanation': EXPLANATION_WRITERS,
  'Mutation.updateExplanation': EXPLANATION_WRITERS,
  'Mutation.removeExplanation': EXPLANATION_WRITERS,
};

export const NOT_LOGGED_IN: Message = {
  nl: 'U bent niet ingelogd of uw sessie is verlopen. Log in om verder te gaan.',
  en: 'You are not signed in or your session has expired. Sign in to continue.',
};

export function ruleFor(type: string, field: string): Rule {
  return RULES[`${type}.${field}`] ?? 'authenticated';
}

/**
 * Throws UNAUTHENTICATED or FORBIDDEN when the rule does not let this context through; `what` is
 * what was asked, in both languages ("uitvoeren van createUser" / "perform createUser").
 */
export function check(rule: Rule, context: Context, what: Message): void {
  if (rule === 'public') return;
  if (rule === 'pending' || (rule === 'signedInOrPending' && !context.viewer)) {
    if (!context.pending) throw unauthenticated(NOT_LOGGED_IN);
    return;
  }
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated(NOT_LOGGED_IN);
  if (typeof rule !== 'string' && !rule.includes(viewer.role)) {
    const allowed = rule.map((role) => ROLE_NAMES[role]).join(' of ');
    const allowedEn = rule.map((role) => ROLE_NAMES_EN[role]).join(' or ');
    throw forbidden({
      nl: `Uw rol (${ROLE_NAMES[viewer.role]}) mag ${what.nl} niet: dat mag alleen een ${allowed}.`,
      en: `Your role (${ROLE_NAMES_EN[viewer.role]}) cannot ${what.en}: that requires the role of ${allowedEn}.`,
    });
  }
}

type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * Wraps every field of Query and Mutation (those with a resolver of their own and those
 * resolved by default) in its rule, so no field can be added without one applying.
 */
export function withAuthorization<T extends object>(resolvers: T, typeDefs: string): T {
  const schema = buildSchema(typeDefs);
  const wrapped: ResolverMap = { ...(resolvers as ResolverMap) };
  for (const typeName of ['Query', 'Mutation']) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) continue;
    const own = { ...(wrapped[typeName] ?? {}) };
    for (const field of Object.keys(type.getFields())) {
      const rule = ruleFor(typeName, field);
      const resolve = (own[field] as GraphQLFieldResolver<unknown, Context> | undefined) ?? defaultFieldResolver;
      own[field] = (
        parent: unknown,
        args: Record<string, unknown>,
        context: Context,
        info: Parameters<GraphQLFieldResolver<unknown, Context>>[3],
      ) => {
        const query = typeName === 'Query';
        check(rule, context, { nl: `${query ? 'opvragen' : 'uitvoeren'} van ${field}`, en: `${query ? 'ask for' : 'perform'} ${field}` });
        return resolve(parent, args, context, info);
      };
    }
    wrapped[typeName] = own;
  }
  return wrapped as T;
}

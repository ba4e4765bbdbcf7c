import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  TypeInfo,
  getNullableType,
  isListType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { Context } from './context.js';
import { beforeExecution } from './beforeExecution.js';

/**
 * What a query costs: about one unit per value it answers. A field costs 1 plus what is asked
 * inside it; a list field multiplies that by how many items the list returns in this database
 * (count dates, municipalities, knowledge domains, contribution years, themes, users, the audit
 * rows asked for), so 15 aliases of every count date's breakdown cost what they would answer.
 * Lists that stay short whatever is imported have a stated estimate instead.
 *
 * The sizes are read per request from the request's loaders (which the resolvers use anyway), and
 * only for the lists the query names.
 */

/** What a measured list size counts. */
export type Measure =
  'countDates' | 'municipalities' | 'domains' | 'contributionYears' | 'themes' | 'users' | 'goals' | 'countDatesAndYears' | 'signalFigures';

/** How many items a list field returns: measured per request, or a stated estimate. */
type ListSize = { measure: Measure } | { estimate: number } | { argument: (args: Record<string, unknown>) => number };

/** Largest `limit` the audit log answers (resolvers/Query.ts clamps to it). */
export const AUDIT_PAGE_MAX = 1000;

/** Every list field of the schema; cost.test.ts fails when a new one is missing here. */
export const LIST_SIZES: Readonly<Record<string, ListSize>> = {
  'Query.municipalities': { measure: 'municipalities' },
  'Region.municipalities': { measure: 'municipalities' },
  'CaseloadSnapshot.byMunicipality': { measure: 'municipalities' },
  'Municipality.caseloadHistory': { measure: 'countDates' },
  'ContributionYear.byMunicipality': { measure: 'municipalities' },
  'Query.caseloadSnapshots': { measure: 'countDates' },
  'Query.knowledgeDomains': { measure: 'domains' },
  'CaseloadSnapshot.byDomain': { measure: 'domains' },
  'MunicipalityCaseCount.byDomain': { measure: 'domains' },
  'Theme.domains': { measure: 'domains' },
  'Query.contributionYears': { measure: 'contributionYears' },
  'Query.contributionHistory': { measure: 'contributionYears' },
  'Query.themes': { measure: 'themes' },
  'Theme.children': { measure: 'themes' },
  'Query.users': { measure: 'users' },
  /** At most MAX_SESSIONS_PER_USER (auth/AuthService.ts). */
  'Query.mySessions': { estimate: 10 },
  /** At most MAX_PASSKEYS_PER_USER (auth/PasskeyService.ts). */
  'Query.myPasskeys': { estimate: 10 },
  'SignInOptions.providers': { estimate: 5 },
  /** One per role (demo/demonstration.ts DEMO_ACCOUNTS); empty on a real deployment. */
  'Deployment.demoAccounts': { estimate: 4 },
  'Query.goals': { measure: 'goals' },
  /** A goal's values over time: one per count date or contribution year. */
  'Goal.history': { measure: 'countDatesAndYears' },
  'Query.auditLog': { argument: (args) => Math.min(Math.max(Number(args['limit'] ?? 100), 1), AUDIT_PAGE_MAX) },
  // Short whatever is imported: the sources' own lists, and what people write by hand.
  'Query.fundingSources': { estimate: 20 },
  'Query.capacity': { estimate: 20 },
  'Query.sources': { estimate: 50 },
  /** The fixed catalogue of shared/src/indicators.ts, and the documents one figure rests on. */
  'Query.indicators': { estimate: 20 },
  'IndicatorDefinition.sources': { estimate: 20 },
  'Query.notes': { estimate: 50 },
  /** A few per count date: the region's figures and those a municipality explains. */
  'Query.explanations': { estimate: 200 },
  'Query.dataVersions': { estimate: 200 },
  'Municipality.populationHistory': { estimate: 30 },
  /** Monthly flows: ten years of months at most in practice. */
  'Flows.region': { estimate: 120 },
  'Flows.months': { estimate: 120 },
  'Flows.sources': { estimate: 120 },
  'Municipality.flows': { estimate: 120 },
  // A restore has none; a file pasted into GraphQL holds a few months: a few pairs of count dates,
  // a mismatch per municipality at most (the upload, which is not costed, takes the large files).
  'FlowConsistency.checked': { estimate: 24 },
  'FlowConsistency.mismatches': { estimate: 50 },
  'FlowConsistency.unchecked': { estimate: 24 },
  'FlowCountPair.months': { estimate: 12 },
  'FlowMismatch.months': { estimate: 12 },
  'RegionPopulation.years': { estimate: 5 },
  'Theme.keyFacts': { estimate: 10 },
  'Theme.history': { estimate: 20 },
  'ImportReport.errors': { estimate: 1000 },
  'ImportReport.changes': { estimate: 200 },
  // Listed up to 10.000 (ROW_CHANGE_LIMIT) for a large file, which comes through the upload, not
  // GraphQL; a restore's or a pasted file's rows are one count date or a few years.
  'ImportReport.rowChanges': { estimate: 2000 },
  'Query.importFormats': { estimate: 5 },
  // The kinds of second factor (TOTP, PASSKEY, RECOVERY_CODE) and the ten recovery codes.
  'SignInStep.methods': { estimate: 3 },
  'User.secondFactors': { estimate: 3 },
  'Mutation.confirmTotpEnrolment': { estimate: 10 },
  'PasskeyRegistration.recoveryCodes': { estimate: 10 },
  'Mutation.regenerateRecoveryCodes': { estimate: 10 },
  'ImportFormat.columns': { estimate: 4 },
  'ImportColumn.accepts': { measure: 'municipalities' },
  'ImportColumn.alsoAccepts': { estimate: 2 },
  // At most one per figure: the region's two, two per municipality, one per domain, one per goal.
  'SignalList.signals': { measure: 'signalFigures' },
  'SignalList.shortfalls': { measure: 'signalFigures' },
  // Comparison (domain/comparison.ts): its four figures, and at most SIMILAR_REGIONS regions.
  'MunicipalityComparison.figures': { estimate: 4 },
  'NationalComparison.similar': { estimate: 4 },
  // One per region in the database that does not qualify; a national network has about 25 regions.
  'NationalComparison.leftOut': { estimate: 25 },
};

/** Measures one list size from this request's loaders (which the resolvers then reuse). */
async function measure(what: Measure, { loaders }: Context): Promise<number> {
  switch (what) {
    case 'countDates':
      return (await loaders.snapshots()).length;
    case 'municipalities':
      return (await loaders.municipalities()).length;
    case 'domains':
      return (await loaders.knowledgeDomains()).length;
    case 'contributionYears':
      return (await loaders.contributionYears()).length;
    case 'themes':
      return (await loaders.themes()).length;
    case 'users':
      return (await loaders.users()).length;
    case 'goals':
      return (await loaders.goals()).length;
    case 'countDatesAndYears':
      return (await loaders.snapshots()).length + (await loaders.contributionYears()).length;
    case 'signalFigures':
      return 2 + 2 * (await loaders.municipalities()).length + (await loaders.knowledgeDomains()).length + (await loaders.goals()).length;
  }
}

/** Per parsed document (Apollo keeps one per query text): its list fields, found once. */
const listFieldsCache = new WeakMap<DocumentNode, Set<string>>();

/** The list fields a document names, as "Type.field". */
function listFieldsOf(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const cached = listFieldsCache.get(document);
  if (cached) return cached;
  const found = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const type = typeInfo.getType();
        if (parent && type && isListType(getNullableType(type))) found.add(`${parent.name}.${node.name.value}`);
      },
    }),
  );
  listFieldsCache.set(document, found);
  return found;
}

/** This request's measured list sizes, for the lists the document names. */
async function measuredSizes(schema: GraphQLSchema, document: DocumentNode, context: Context): Promise<Partial<Record<Measure, number>>> {
  const wanted = new Set<Measure>();
  for (const coordinate of listFieldsOf(schema, document)) {
    const size = LIST_SIZES[coordinate];
    if (size && 'measure' in size) wanted.add(size.measure);
  }
  // A list that cannot be read counts as empty here: its resolver meets the same failure and
  // reports it the usual way (a generic message with an error id), not as a failed cost check.
  const measured = await Promise.all([...wanted].map(async (what) => [what, await measure(what, context).catch(() => 0)] as const));
  return Object.fromEntries(measured);
}

function estimator(sizes: Partial<Record<Measure, number>>): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const own = 1 + childComplexity;
    if (!isListType(getNullableType(field.type))) return own;
    // Introspection (development only: production turns it off) is counted without its lists.
    if (type.name.startsWith('__')) return own;
    const coordinate = `${type.name}.${field.name}`;
    const size = LIST_SIZES[coordinate];
    if (!size) throw new Error(`Geen lijstgrootte voor ${coordinate} in graphql/cost.ts`);
    const items = 'estimate' in size ? size.estimate : 'argument' in size ? size.argument(args) : (sizes[size.measure] ?? 0);
    // An empty list still costs its field.
    return Math.max(1, items * own);
  };
}

/** The cost of the operation `operationName` of `document` for this request's data. */
export async function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  context: Context,
): Promise<number> {
  // The sizes of every list the document names (a superset when it holds several operations).
  return costWith(schema, document, variables, await measuredSizes(schema, document, context), operationName ?? undefined);
}

/**
 * Costs worked out, per parsed document: by operation, variables and list sizes, which together
 * decide the cost. The sizes change only when the data does, so a query asked again is not walked
 * again. A few per document, and only for short variables.
 */
const costsCache = new WeakMap<DocumentNode, LRUCache<string, number>>();
const COSTS_PER_DOCUMENT = 8;
const LONGEST_KEY = 2048;

/** The cost of operation `operationName` (or the only one) of `document` for the given list sizes (a missing size counts as 0). */
export function costWith(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  sizes: Partial<Record<Measure, number>>,
  operationName?: string,
): number {
  const key = JSON.stringify([operationName ?? null, variables ?? {}, Object.entries(sizes).sort(([a], [b]) => (a < b ? -1 : 1))]);
  let costs = costsCache.get(document);
  const known = costs?.get(key);
  if (known !== undefined) return known;
  const cost = getComplexity({ schema, query: document, operationName, variables: variables ?? {}, estimators: [estimator(sizes)] });
  if (key.length <= LONGEST_KEY) {
    if (!costs) costsCache.set(document, (costs = new LRUCache<string, number>({ max: COSTS_PER_DOCUMENT })));
    costs.set(key, cost);
  }
  return cost;
}

/** Most values one request may ask for: the dashboard's costliest query (Goals) several times over at national size. */
export const MAX_COST = 50_000;

/**
 * Apollo plugin: refuses an operation that costs more than `max` before it runs, with a 400 and
 * code QUERY_TOO_COSTLY. Variables that do not fit the operation are left to graphql-js, which
 * refuses them in the same way right after.
 */
export function costLimit(max = MAX_COST): ApolloServerPlugin<Context> {
  return beforeExecution<Context>(async (schema, { document, operationName, request, contextValue }) => {
    let cost: number;
    try {
      cost = await costOf(schema, document, operationName, request.variables, contextValue);
    } catch (error) {
      if (error instanceof GraphQLError)
        throw new GraphQLError(error.message, {
          // graphql-js's own words (English), or a Date scalar's with its English beside it.
          extensions: { code: 'BAD_USER_INPUT', messageEn: error.extensions.messageEn ?? error.message, http: { status: 400 } },
        });
      throw error;
    }
    if (cost > max) throw costError(cost, max);
  });
}

export function costError(cost: number, max: number): GraphQLError {
  const found = Math.ceil(cost).toLocaleString('nl-NL');
  const limit = max.toLocaleString('nl-NL');
  return new GraphQLError(
    `De query vraagt te veel tegelijk: ten hoogste ${limit} waarden per verzoek, deze vraagt er ongeveer ${found}. ` +
      `Vraag minder velden, minder peildata of minder aliassen tegelijk. / The query asks for too much at once: at most ` +
      `${max.toLocaleString('en-US')} values per request, this one asks for about ${Math.ceil(cost).toLocaleString('en-US')}.`,
    {
      extensions: {
        code: 'QUERY_TOO_COSTLY',
        messageEn:
          `The query asks for too much at once: at most ${max.toLocaleString('en-US')} values per request, this one asks for about ` +
          `${Math.ceil(cost).toLocaleString('en-US')}. Ask for fewer fields, fewer count dates or fewer aliases at once.`,
        cost: Math.ceil(cost),
        maxCost: max,
        http: { status: 400 },
      },
    },
  );
}

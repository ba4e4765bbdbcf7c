import type { ApolloServerPlugin } from '@apollo/server';
import { beforeExecution } from './beforeExecution.js';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNullableType,
  isInputObjectType,
  isInputType,
  isListType,
  isScalarType,
  typeFromAST,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * Every text an operation brings in is length-checked here, before any resolver runs: nothing
 * longer than its limit is stored, hashed, logged or echoed. The services check their own rules
 * (a note has 1 to 2000 characters, a password at most 1024) with their own messages; this is
 * the boundary that no new argument can slip past.
 */

/** Characters of a text or ID argument without a limit of its own. */
export const DEFAULT_TEXT_LIMIT = 200;
/** Items of a list argument. */
export const LIST_LIMIT = 100;

/** Arguments and input fields that may be longer, by "Type.field(argument)" or "InputType.field". */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  // Passwords: AuthService refuses over 1024 characters with its own message; an emoji is 2 units.
  'Mutation.login(password)': 2048,
  'Mutation.changePassword(oldPassword)': 2048,
  'Mutation.changePassword(newPassword)': 2048,
  'CreateUserInput.password': 2048,
  // A file's text: bounded by the request body (100 kB); the import checks it line by line.
  'Mutation.importData(content)': Number.POSITIVE_INFINITY,
  'NoteInput.text': 2000,
  // Explanations: 500 characters (domain/explanations.ts says so in its own words); room for emoji.
  'ExplanationInput.text': 1000,
  'Mutation.updateExplanation(text)': 1000,
  // What the browser's authenticator answers (JSON); PasskeyService checks the same bound.
  'Mutation.verifyPasskeyRegistration(response)': 16_384,
  'Mutation.verifyPasskeyAuthentication(response)': 16_384,
  'Mutation.setThemeStatus(note)': 2000,
  'ThemeInput.progressNote': 2000,
  'ThemeInput.nextMilestone': 2000,
};

function tooLong(where: string, limit: number, found: number, unit: 'tekens' | 'items'): GraphQLError {
  const english = unit === 'tekens' ? 'characters' : 'items';
  return new GraphQLError(
    `${where} is te lang: hoogstens ${limit.toLocaleString('nl-NL')} ${unit}, dit zijn er ${found.toLocaleString('nl-NL')}. ` +
      `(${where} is too long: at most ${limit} ${english}.)`,
    {
      extensions: {
        code: 'BAD_USER_INPUT',
        messageEn: `${where} is too long: at most ${limit.toLocaleString('en-GB')} ${english}, and this one has ${found.toLocaleString('en-GB')}.`,
        http: { status: 400 },
      },
    },
  );
}

/** Checks one coerced value against its type; `where` names it for the message. */
function check(value: unknown, type: GraphQLInputType, coordinate: string, where: string): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return check(value, inner.ofType, coordinate, where);
    if (value.length > LIST_LIMIT) throw tooLong(where, LIST_LIMIT, value.length, 'items');
    for (const item of value) check(item, inner.ofType, coordinate, where);
    return;
  }
  if (isInputObjectType(inner)) {
    for (const [name, field] of Object.entries(inner.getFields())) {
      check((value as Record<string, unknown>)[name], field.type, `${inner.name}.${name}`, `${where}.${name}`);
    }
    return;
  }
  if (isScalarType(inner) && typeof value === 'string') {
    const limit = TEXT_LIMITS[coordinate] ?? DEFAULT_TEXT_LIMIT;
    if (value.length > limit) throw tooLong(where, limit, value.length, 'tekens');
  }
}

/**
 * What runs of `operation`: itself and the fragments it spreads, also through other fragments —
 * none when nothing in them takes an argument (the dashboard's Overview), which is then not walked.
 * Found once per parsed operation (Apollo keeps one per query text).
 */
const withArguments = new WeakMap<OperationDefinitionNode, readonly ASTNode[]>();

function partsWithArguments(document: DocumentNode, operation: OperationDefinitionNode): readonly ASTNode[] {
  const known = withArguments.get(operation);
  if (known) return known;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const parts: ASTNode[] = [operation];
  const spread = new Set<string>();
  let argued = false;
  for (let i = 0; i < parts.length; i++) {
    visit(parts[i]!, {
      Argument() {
        argued = true;
      },
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (fragment && !spread.has(node.name.value)) {
          spread.add(node.name.value);
          parts.push(fragment);
        }
      },
    });
  }
  const found = argued ? parts : [];
  withArguments.set(operation, found);
  return found;
}

/** Throws BAD_USER_INPUT for the first text or list over its limit in `operation` or a fragment it spreads. */
export function checkInputLengths(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const parts = partsWithArguments(document, operation);
  if (parts.length === 0) return;
  // A variable left out takes its default, which is as long as the text says.
  const values = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (definition.defaultValue && values[name] === undefined && type && isInputType(type)) {
      values[name] = valueFromAST(definition.defaultValue, type);
    }
  }
  for (const part of parts) {
    const typeInfo = new TypeInfo(schema);
    visit(
      part,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const argument = typeInfo.getArgument();
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!argument || !field || !parent) return;
          // Undefined when the value does not fit the type: graphql-js refuses it right after.
          const value = valueFromAST(node.value, argument.type, values);
          check(value, argument.type, `${parent.name}.${field.name}(${argument.name})`, argument.name);
        },
      }),
    );
  }
}

export function inputLimits(): ApolloServerPlugin {
  return beforeExecution((schema, { document, operation, request }) => {
    if (operation) checkInputLengths(schema, document, operation, request.variables ?? {});
  });
}

import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

import type { CodeEnumName, ResultChannelId } from '../catalogue/index.js';
import type { KitContext } from './kit-context.js';
import type { RegisteredChannel } from './registrations.js';

import { getChannel } from '../catalogue/index.js';
import {
  isFunctionNode,
  patternKeyOf,
  propertyKeyName,
  skipTypeWrappers,
  staticPropertyName,
} from './expressions.js';
import { directCallsIn, isKitCall, isKitErrorCallback } from './kit-calls.js';
import { codeEnumOfType, kitTypeName } from './kit-declarations.js';
import { registeredChannelOf } from './registrations.js';
import { tsNodeOf } from './kit-context.js';
import { constDeclaratorOf, soleDefinitionOf } from './variables.js';
import { isPlainlyNotEnum } from './written-types.js';

/**
 * How a code reaches the expression that holds it:
 * - a result channel (`UserAuthResult.result` and its older forms);
 * - `thrown`: the `code` of an error caught around a kit call;
 * - `typed`: a value whose type is one of the result enums.
 */
export type SubjectChannel = ResultChannelId | 'thrown' | 'typed';

/** An expression that holds a kit code, and how that code is numbered. */
export interface CodeSubject {
  readonly channel: SubjectChannel;
  /** For thrown codes: the `catch` or rejection handler that receives them. */
  readonly catcher?: ErrorCatcher;
  readonly family: CodeEnumName;
}

/** Where a thrown error is received. */
export type ErrorCatcher = TSESTree.CatchClause | TSESTree.FunctionLike;

const { DefinitionType } = TSESLint.Scope;

/** How far aliases and destructuring are followed before giving up. */
const MAX_FOLLOW_DEPTH = 8;

/** The property of each kit result type that holds the code. */
const RESULT_HOLDERS: ReadonlyMap<string, ResultChannelId> = new Map([
  ['AuthResultInfo', 'authEvent'],
  ['UserAuthResult', 'result'],
]);

/**
 * Decides whether an expression holds a kit code. Follows `const`
 * aliases, destructuring, type assertions and optional chains back to one
 * of the subjects: `UserAuthResult.result`, `AuthResultInfo.result`, the
 * first parameter of `IUserAuthCallback.onResult`, the `code` of an error
 * caught around a kit call, or a value typed as a result enum.
 */
export function codeSubjectOf(
  kit: KitContext,
  node: TSESTree.Node,
): CodeSubject | undefined {
  return subjectOf(kit, node, 0, true);
}

/**
 * Like `codeSubjectOf`, without values that are merely typed as a result
 * enum: for checks where TypeScript already judges those, so their type
 * need not be asked for.
 */
export function channelSubjectOf(
  kit: KitContext,
  node: TSESTree.Node,
): CodeSubject | undefined {
  return subjectOf(kit, node, 0, false);
}

function subjectOf(
  kit: KitContext,
  node: TSESTree.Node,
  depth: number,
  typed: boolean,
): CodeSubject | undefined {
  const expression = skipTypeWrappers(node);

  if (depth > MAX_FOLLOW_DEPTH) {
    return undefined;
  }

  const followed = followedSubjectOf(kit, expression, depth, typed);

  return followed ?? (typed ? typedSubjectOf(kit, expression) : undefined);
}

/**
 * Finds where an expression's error was caught, when it is the error of a
 * `catch` (or promise rejection handler) around a kit call, through
 * `const` aliases and casts.
 */
export function kitErrorCatcherOf(
  kit: KitContext,
  node: TSESTree.Node,
  depth = 0,
): ErrorCatcher | undefined {
  const expression = skipTypeWrappers(node);

  if (
    expression.type !== AST_NODE_TYPES.Identifier ||
    depth > MAX_FOLLOW_DEPTH
  ) {
    return undefined;
  }

  const definition = soleDefinitionOf(kit, expression);

  if (definition === undefined) {
    return undefined;
  }

  if (definition.type === DefinitionType.CatchClause) {
    return tryCallsKit(kit, definition.node.parent)
      ? definition.node
      : undefined;
  }

  const declarator = constDeclaratorOf(definition);

  if (declarator?.init && declarator.id.type === AST_NODE_TYPES.Identifier) {
    return kitErrorCatcherOf(kit, declarator.init, depth + 1);
  }

  const fn = definition.node;

  return definition.type === DefinitionType.Parameter &&
    isFunctionNode(fn) &&
    fn.params[0] === definition.name &&
    isKitErrorCallback(kit, fn)
    ? fn
    : undefined;
}

function followedSubjectOf(
  kit: KitContext,
  expression: TSESTree.Node,
  depth: number,
  typed: boolean,
): CodeSubject | undefined {
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    const key = staticPropertyName(expression);

    return key === undefined
      ? undefined
      : propertySubjectOf(kit, expression.object, key, depth);
  }

  return expression.type === AST_NODE_TYPES.Identifier
    ? identifierSubjectOf(kit, expression, depth, typed)
    : undefined;
}

/** The subject `holder.key` is, if any: `r.result`, `e.code`. */
function propertySubjectOf(
  kit: KitContext,
  holder: TSESTree.Node,
  key: string,
  depth: number,
): CodeSubject | undefined {
  if (key === 'result') {
    return resultSubjectOfHolder(kit, holder);
  }

  const catcher =
    key === 'code' ? kitErrorCatcherOf(kit, holder, depth + 1) : undefined;

  return catcher === undefined ? undefined : thrownSubject(catcher);
}

function thrownSubject(catcher: ErrorCatcher): CodeSubject {
  return { catcher, channel: 'thrown', family: 'UserAuthResultCode' };
}

/** `result` of a value typed `UserAuthResult` or `AuthResultInfo`. */
function resultSubjectOfHolder(
  kit: KitContext,
  holder: TSESTree.Node,
): CodeSubject | undefined {
  // The API 10 callback's parameter is always a `UserAuthResult`. Others
  // are left to the types: the API 9 one receives a union that the code
  // around may narrow (`'result' in info`).
  if (registeredChannelOfParameter(kit, holder) === 'result') {
    return channelSubject('result');
  }

  const type = kit.services.getTypeAtLocation(holder);
  const holderName = kitTypeName(kit.checker, type);
  const channelId =
    holderName === undefined ? undefined : RESULT_HOLDERS.get(holderName);

  return channelId === undefined ? undefined : channelSubject(channelId);
}

/** The registration channel of the callback a name is the parameter of. */
function registeredChannelOfParameter(
  kit: KitContext,
  node: TSESTree.Node,
): RegisteredChannel {
  // A cast names its own type (`info as AuthResultInfo`): only a bare
  // name has the type of the parameter.
  if (node.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }

  const definition = soleDefinitionOf(kit, node);
  const fn = definition?.node;

  return definition?.type === DefinitionType.Parameter &&
    fn !== undefined &&
    isFunctionNode(fn) &&
    fn.params[0] === definition.name
    ? registeredChannelOf(kit, fn)
    : undefined;
}

function identifierSubjectOf(
  kit: KitContext,
  identifier: TSESTree.Identifier,
  depth: number,
  typed: boolean,
): CodeSubject | undefined {
  const definition = soleDefinitionOf(kit, identifier);

  if (definition === undefined) {
    return undefined;
  }

  // The identifier where the name is declared, not where it is read.
  const declared = definition.name;

  if (declared.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }

  if (definition.type === DefinitionType.Parameter) {
    return parameterSubjectOf(kit, definition, declared);
  }

  if (definition.type === DefinitionType.CatchClause) {
    const key = patternKeyOf(definition.node.param ?? declared, declared);

    return key === 'code' && tryCallsKit(kit, definition.node.parent)
      ? thrownSubject(definition.node)
      : undefined;
  }

  const declarator = constDeclaratorOf(definition);

  if (declarator?.init === undefined || declarator.init === null) {
    return undefined;
  }

  if (declarator.id === declared) {
    return subjectOf(kit, declarator.init, depth + 1, typed);
  }

  const key = patternKeyOf(declarator.id, declared);

  return key === undefined
    ? undefined
    : propertySubjectOf(kit, declarator.init, key, depth);
}

/**
 * A parameter holds a code when it is the first parameter of an API 8
 * `IUserAuthCallback.onResult`, or when it destructures `result` out of a
 * parameter typed as a kit result.
 */
function parameterSubjectOf(
  kit: KitContext,
  definition: TSESLint.Scope.Definition,
  identifier: TSESTree.Identifier,
): CodeSubject | undefined {
  const fn = definition.node;

  if (!isFunctionNode(fn)) {
    return undefined;
  }

  const first = fn.params[0];
  const firstName =
    first?.type === AST_NODE_TYPES.AssignmentPattern ? first.left : first;

  if (firstName === identifier) {
    return isLegacyResultCallback(kit, fn)
      ? channelSubject('legacyCallback')
      : undefined;
  }

  const pattern = fn.params.find(
    param => patternKeyOf(param, identifier) !== undefined,
  );

  return pattern !== undefined && patternKeyOf(pattern, identifier) === 'result'
    ? resultSubjectOfHolder(kit, pattern)
    : undefined;
}

/**
 * Tells whether a function is the `onResult` of an object the checker
 * expects to be the API 8 `IUserAuthCallback`.
 */
export function isLegacyResultCallback(
  kit: KitContext,
  fn: TSESTree.FunctionLike,
): boolean {
  const property = fn.parent;

  if (property.type !== AST_NODE_TYPES.Property || property.value !== fn) {
    return false;
  }

  if (propertyKeyName(property) !== 'onResult') {
    return false;
  }

  const registered = registeredChannelOf(kit, fn);

  if (registered !== undefined) {
    return registered === 'legacyCallback';
  }

  return kit.remember('isLegacyResultCallback', fn, () => {
    const objectNode = tsNodeOf(kit, property.parent);
    const expected = kit.checker.getContextualType(
      objectNode as Parameters<typeof kit.checker.getContextualType>[0],
    );

    return (
      expected !== undefined &&
      kitTypeName(kit.checker, expected) === 'IUserAuthCallback'
    );
  });
}

/** A value whose type is a result enum or one of its members. */
function typedSubjectOf(
  kit: KitContext,
  expression: TSESTree.Node,
): CodeSubject | undefined {
  if (isPlainlyNotEnum(kit, expression)) {
    return undefined;
  }

  const family = codeEnumOfType(kit.services.getTypeAtLocation(expression));

  return family === undefined ? undefined : { channel: 'typed', family };
}

function channelSubject(id: ResultChannelId): CodeSubject {
  return { channel: id, family: getChannel(id).family };
}

/**
 * Tells whether the block of a `try` calls a kit API directly (not in a
 * function it defines, which may run later, outside the `try`).
 */
function tryCallsKit(kit: KitContext, tryStatement: TSESTree.Node): boolean {
  if (tryStatement.type !== AST_NODE_TYPES.TryStatement) {
    return false;
  }

  return kit.remember('tryCallsKit', tryStatement, () =>
    directCallsIn(kit, tryStatement.block).some(call => isKitCall(kit, call)),
  );
}

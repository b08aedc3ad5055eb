import type { TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { AST_NODE_TYPES, ASTUtils, TSESLint } from '@typescript-eslint/utils';

import type { ResultChannel } from '../catalogue/index.js';
import type { SubjectSeeds } from './handled-codes.js';
import type { KitContext } from './kit-context.js';
import type { RegisteredChannel } from './registrations.js';

import { getChannel } from '../catalogue/index.js';
import {
  propertyKeyName,
  skipTypeWrappers,
  staticPropertyName,
} from './expressions.js';
import { identifiersBoundTo } from './handled-codes.js';
import { kitTypeName } from './kit-declarations.js';
import { tsNodeOf } from './kit-context.js';
import { registeredChannelOf } from './registrations.js';
import { isLegacyResultCallback } from './subjects.js';
import { typescriptOf } from './typescript-module.js';
import { constDeclaratorOf, soleDefinitionOf } from './variables.js';
import { isPlainTypeAnnotation } from './written-types.js';

const { DefinitionType } = TSESLint.Scope;

/** A function that receives a result code from the kit. */
export interface ResultHandler {
  readonly channel: ResultChannel;
  /**
   * Whether the function is registered as a callback (`onResult`,
   * `onAuthResult`, `callback`) rather than a helper that takes a result.
   */
  readonly isCallback: boolean;
  readonly seeds: SubjectSeeds;
  /** How code added to the handler names the code, when it can. */
  readonly subjectText: string | undefined;
}

/** The kit types whose `result` holds a code, by the channel it arrives on. */
const RESULT_HOLDER_CHANNELS: ReadonlyMap<string, ResultChannel> = new Map([
  ['AuthResultInfo', getChannel('authEvent')],
  ['EventInfo', getChannel('authEvent')],
  ['UserAuthResult', getChannel('result')],
]);

/** The member names kit callbacks are registered under. */
const CALLBACK_NAMES: ReadonlySet<string> = new Set([
  'callback',
  'onAuthResult',
  'onResult',
]);

/**
 * Decides whether a function receives a result code, and where: a
 * parameter typed `UserAuthResult` (the API 10 channel), `AuthResultInfo`
 * or `EventInfo` (API 9), or the first parameter of an API 8
 * `IUserAuthCallback.onResult`. A callback written into the kit call that
 * registers it is known from that call; anything else by the type the
 * checker gives its parameters.
 */
export function resultHandlerOf(
  kit: KitContext,
  fn: TSESTree.FunctionLike,
): ResultHandler | undefined {
  if (fn.params.length === 0) {
    return undefined;
  }

  const isCallback = CALLBACK_NAMES.has(memberNameOf(fn) ?? '');

  if (isCallback) {
    const registered = registeredChannelOf(kit, fn);

    if (registered !== undefined) {
      return registeredHandlerOf(kit, fn, registered);
    }

    if (isLegacyResultCallback(kit, fn)) {
      return legacyHandlerOf(kit, fn);
    }
  }

  // Parameters declared as `number`, `string`, a function type and the like
  // can hold no result object, nor can bare names where nothing gives them
  // a type: skip the type lookup for them.
  const untyped = !hasContextualType(fn);
  const skips = (parameter: TSESTree.Parameter): boolean =>
    cannotHoldResult(parameter) ||
    (untyped &&
      parameter.type === AST_NODE_TYPES.Identifier &&
      parameter.typeAnnotation === undefined);

  if (!isCallback && fn.params.every(skips)) {
    return undefined;
  }

  // A helper counts only when it reads the code, so a function whose
  // parameters are never read as a result nor handed on cannot count.
  if (!isCallback && !passesOnAnyParameter(kit, fn)) {
    return undefined;
  }

  const declaration = tsNodeOf(kit, fn) as ts.SignatureDeclaration;

  for (const [index, parameter] of declaration.parameters.entries()) {
    const written = fn.params[index];

    if (written !== undefined && skips(written)) {
      continue;
    }

    const type = kit.checker.getTypeAtLocation(parameter);
    const holderName = kitTypeName(kit.checker, type);
    const channel =
      holderName === undefined
        ? undefined
        : RESULT_HOLDER_CHANNELS.get(holderName);

    if (channel !== undefined) {
      return {
        channel,
        isCallback,
        ...holderSeedsOf(kit, parameter, holderName === 'EventInfo'),
      };
    }
  }

  return undefined;
}

/**
 * Tells whether the instance a callback is registered on was created with
 * a widget whose `navigationButtonText` is set: the person can then leave
 * for the app's own authentication (`CANCELED_FROM_WIDGET`). Follows
 * `instance.on('result', callback)` to `getUserAuthInstance(…, widget)`,
 * through `const` variables in the same file.
 */
export function hasNavigationButton(
  kit: KitContext,
  fn: TSESTree.FunctionLike,
): boolean {
  const callbackObject = fn.parent;

  if (
    callbackObject.type !== AST_NODE_TYPES.Property ||
    callbackObject.parent.type !== AST_NODE_TYPES.ObjectExpression
  ) {
    return false;
  }

  return registrationsOf(kit, callbackObject.parent).some(registration =>
    instanceHasNavigationButton(kit, registration),
  );
}

/** The handler of a callback written into the kit call that registers it. */
function registeredHandlerOf(
  kit: KitContext,
  fn: TSESTree.FunctionLike,
  registered: Exclude<RegisteredChannel, undefined>,
): ResultHandler | undefined {
  if (registered === 'other') {
    return undefined;
  }

  if (registered === 'legacyCallback') {
    return legacyHandlerOf(kit, fn);
  }

  const declaration = tsNodeOf(kit, fn) as ts.SignatureDeclaration;
  const [parameter] = declaration.parameters;

  return parameter === undefined
    ? undefined
    : {
        channel: getChannel(registered),
        isCallback: true,
        // The API 9 callback receives `EventInfo`, a union.
        ...holderSeedsOf(kit, parameter, registered === 'authEvent'),
      };
}

function legacyHandlerOf(
  kit: KitContext,
  fn: TSESTree.FunctionLike,
): ResultHandler | undefined {
  const first = fn.params[0];
  const symbol =
    first?.type === AST_NODE_TYPES.Identifier
      ? kit.services.getSymbolAtLocation(first)
      : undefined;

  return first?.type === AST_NODE_TYPES.Identifier && symbol !== undefined
    ? {
        channel: getChannel('legacyCallback'),
        isCallback: true,
        seeds: { holders: [], subjectProperty: 'result', subjects: [symbol] },
        subjectText: first.name,
      }
    : undefined;
}

function holderSeedsOf(
  kit: KitContext,
  parameter: ts.ParameterDeclaration,
  isUnion: boolean,
): Pick<ResultHandler, 'seeds' | 'subjectText'> {
  const typescript = typescriptOf(kit.services);
  const name = parameter.name;

  if (typescript.isIdentifier(name)) {
    const symbol = kit.checker.getSymbolAtLocation(name);

    return {
      seeds: {
        holders: symbol === undefined ? [] : [symbol],
        subjectProperty: 'result',
        subjects: [],
      },
      // A union needs a cast to read `result`; leave it to the author.
      subjectText: isUnion ? undefined : `${name.text}.result`,
    };
  }

  const bound = typescript.isObjectBindingPattern(name)
    ? identifiersBoundTo(typescript, name, 'result')
    : [];
  const symbols = bound.flatMap(
    identifier => kit.checker.getSymbolAtLocation(identifier) ?? [],
  );

  return {
    seeds: { holders: [], subjectProperty: 'result', subjects: symbols },
    subjectText: bound[0]?.text,
  };
}

/** A parameter as declared, without its default value. */
function withoutDefault(
  parameter: TSESTree.Parameter,
): Exclude<TSESTree.Parameter, TSESTree.AssignmentPattern> {
  return parameter.type === AST_NODE_TYPES.AssignmentPattern
    ? parameter.left
    : parameter;
}

/** Whether a parameter's written type shows it holds no kit result. */
function cannotHoldResult(parameter: TSESTree.Parameter): boolean {
  const binding = withoutDefault(parameter);

  return (
    'typeAnnotation' in binding && isPlainTypeAnnotation(binding.typeAnnotation)
  );
}

/**
 * Whether the code around a function can give its parameters a type: it
 * is passed, returned, stored in a typed place or written in an object.
 * Declarations, class methods and functions stored in a `const` without a
 * type leave unannotated parameters implicitly `any`.
 */
function hasContextualType(fn: TSESTree.FunctionLike): boolean {
  const parent = fn.parent;

  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    return false;
  }

  if (parent.type === AST_NODE_TYPES.MethodDefinition) {
    return false;
  }

  return !(
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === fn &&
    parent.id.type === AST_NODE_TYPES.Identifier &&
    parent.id.typeAnnotation === undefined
  );
}

/**
 * Whether the body of a function could read the code from one of its
 * parameters, judged by syntax alone: a parameter destructures `result`,
 * or is read as `parameter.result`, copied into a variable or passed to
 * a call (the collector follows the code into helpers). Anything else a
 * parameter is used for cannot reach the code.
 */
function passesOnAnyParameter(
  kit: KitContext,
  fn: TSESTree.FunctionLike,
): boolean {
  if (fn.params.some(destructuresResult)) {
    return true;
  }

  return kit.sourceCode
    .getDeclaredVariables(fn)
    .some(
      variable =>
        variable.defs.some(
          definition => definition.type === DefinitionType.Parameter,
        ) &&
        variable.references.some(reference =>
          mayReachResult(reference.identifier),
        ),
    );
}

/** A parameter written as a pattern that takes `result`, or the rest. */
function destructuresResult(parameter: TSESTree.Parameter): boolean {
  const pattern = withoutDefault(parameter);

  return (
    pattern.type === AST_NODE_TYPES.ObjectPattern &&
    pattern.properties.some(
      property =>
        property.type === AST_NODE_TYPES.RestElement ||
        propertyKeyName(property) === 'result',
    )
  );
}

/** Whether a read of a parameter may lead to its `result`. */
function mayReachResult(read: TSESTree.Node): boolean {
  let expression = read;

  while (expression.parent !== undefined && isTypeWrapper(expression.parent)) {
    expression = expression.parent;
  }

  const parent = expression.parent;

  switch (parent?.type) {
    case AST_NODE_TYPES.MemberExpression:
      return (
        parent.object === expression && staticPropertyName(parent) === 'result'
      );
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === expression;
    case AST_NODE_TYPES.CallExpression:
      return parent.arguments.includes(expression as TSESTree.Expression);
    default:
      return false;
  }
}

function isTypeWrapper(node: TSESTree.Node): boolean {
  return skipTypeWrappers(node) !== node;
}

/** The name a function is stored under as a method or property. */
function memberNameOf(fn: TSESTree.FunctionLike): string | undefined {
  const parent = fn.parent;

  if (
    parent.type === AST_NODE_TYPES.Property ||
    parent.type === AST_NODE_TYPES.MethodDefinition ||
    parent.type === AST_NODE_TYPES.PropertyDefinition
  ) {
    return parent.value === fn ? propertyKeyName(parent as never) : undefined;
  }

  return undefined;
}

/** The `on('result', …)` calls that register a callback object. */
function registrationsOf(
  kit: KitContext,
  callbackObject: TSESTree.ObjectExpression,
): TSESTree.CallExpression[] {
  const parent = callbackObject.parent;

  if (parent.type === AST_NODE_TYPES.CallExpression) {
    return isResultRegistration(parent, callbackObject) ? [parent] : [];
  }

  if (
    parent.type !== AST_NODE_TYPES.VariableDeclarator ||
    parent.id.type !== AST_NODE_TYPES.Identifier
  ) {
    return [];
  }

  const variable = ASTUtils.findVariable(
    kit.sourceCode.getScope(parent),
    parent.id,
  );

  return (variable?.references ?? []).flatMap(reference => {
    const call = reference.identifier.parent;

    return call.type === AST_NODE_TYPES.CallExpression &&
      isResultRegistration(call, reference.identifier)
      ? [call]
      : [];
  });
}

function isResultRegistration(
  call: TSESTree.CallExpression,
  callback: TSESTree.Node,
): boolean {
  const [event, registered] = call.arguments;

  return (
    call.callee.type === AST_NODE_TYPES.MemberExpression &&
    staticPropertyName(call.callee) === 'on' &&
    event?.type === AST_NODE_TYPES.Literal &&
    event.value === 'result' &&
    registered === callback
  );
}

function instanceHasNavigationButton(
  kit: KitContext,
  registration: TSESTree.CallExpression,
): boolean {
  const callee = registration.callee as TSESTree.MemberExpression;
  const creation = constValueOf(kit, callee.object);

  if (
    creation?.type !== AST_NODE_TYPES.CallExpression ||
    creation.callee.type !== AST_NODE_TYPES.MemberExpression ||
    staticPropertyName(creation.callee) !== 'getUserAuthInstance'
  ) {
    return false;
  }

  const widget =
    creation.arguments[1] && constValueOf(kit, creation.arguments[1]);

  return (
    widget?.type === AST_NODE_TYPES.ObjectExpression &&
    widget.properties.some(
      property =>
        property.type === AST_NODE_TYPES.Property &&
        propertyKeyName(property) === 'navigationButtonText',
    )
  );
}

/** An expression, or the initialiser of the `const` it names. */
function constValueOf(
  kit: KitContext,
  node: TSESTree.Node,
): TSESTree.Node | undefined {
  const expression = skipTypeWrappers(node);

  if (expression.type !== AST_NODE_TYPES.Identifier) {
    return expression;
  }

  const definition = soleDefinitionOf(kit, expression);
  const declarator = definition && constDeclaratorOf(definition);

  return declarator?.init === null || declarator === undefined
    ? undefined
    : skipTypeWrappers(declarator.init);
}

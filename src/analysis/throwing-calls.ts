import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';

import type { ApiInfo } from '../catalogue/index.js';
import type { KitContext } from './kit-context.js';
import type { ErrorCatcher } from './subjects.js';

import { APIS, findApi } from '../catalogue/index.js';
import {
  isFunctionNode,
  skipTypeWrappers,
  staticPropertyName,
  writtenCalleeName,
} from './expressions.js';
import { directCallsIn, rejectedPromiseOriginOf } from './kit-calls.js';
import { kitModuleOfDeclaration } from './kit-declarations.js';
import { typescriptOf } from './typescript-module.js';

/** Every member name of a kit API, to skip other calls without types. */
const API_MEMBER_NAMES: ReadonlySet<string> = new Set(
  APIS.map(api => api.member),
);

/** How a call that throws is taken care of, if it is. */
export type Guard =
  | { readonly kind: 'documented' }
  | { readonly handler: TSESTree.FunctionLike; readonly kind: 'promise' }
  | { readonly kind: 'try'; readonly statement: TSESTree.TryStatement };

/** The name a call invokes, read from the source alone. */
export function calleeName(call: TSESTree.CallExpression): string | undefined {
  return writtenCalleeName(call.callee);
}

/** Whether a call could be a kit API, judged by its name alone. */
export function mayCallKitApi(call: TSESTree.CallExpression): boolean {
  return API_MEMBER_NAMES.has(calleeName(call) ?? '');
}

/**
 * The kit API a call invokes, found through its declaration: a function
 * of the namespace, or a method (or function-typed property) of a kit
 * class or interface.
 */
export function kitApiOfCall(
  kit: KitContext,
  call: TSESTree.CallExpression,
): ApiInfo | undefined {
  return kit.remember('kitApiOfCall', call, () => findKitApiOfCall(kit, call));
}

function findKitApiOfCall(
  kit: KitContext,
  call: TSESTree.CallExpression,
): ApiInfo | undefined {
  const typescript = typescriptOf(kit.services);
  const callee = skipTypeWrappers(call.callee);
  const named =
    callee.type === AST_NODE_TYPES.MemberExpression
      ? kit.services.getSymbolAtLocation(callee.property)
      : undefined;
  const symbol = named ?? kit.services.getTypeAtLocation(callee).getSymbol();
  const declaration = symbol?.getDeclarations()?.[0];
  const module = declaration && kitModuleOfDeclaration(declaration);

  if (declaration === undefined || module === undefined) {
    return undefined;
  }

  const member = memberDeclarationOf(typescript, declaration);
  const owner = member.parent;
  const ownerName =
    typescript.isInterfaceDeclaration(owner) ||
    typescript.isClassDeclaration(owner)
      ? owner.name?.text
      : undefined;
  const memberName = (member as Partial<ts.NamedDeclaration>).name;

  return memberName !== undefined && typescript.isIdentifier(memberName)
    ? findApi(module, ownerName, memberName.text)
    : undefined;
}

/**
 * Finds what takes care of a call's failure, within the function that
 * makes the call: the `try` whose block holds it (for a promise, only when
 * it is awaited there), a rejection handler chained to the promise, or a
 * `@throws` tag on the function that hands the failure to its callers.
 */
export function guardOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression,
  api: ApiInfo,
): Guard | undefined {
  if (api.returnsPromise === true) {
    const handler = rejectionHandlerOf(call);

    if (handler !== undefined) {
      return { handler, kind: 'promise' };
    }
  }

  const awaited = api.returnsPromise !== true || isAwaited(call);
  const statement = awaited ? enclosingTryOf(call) : undefined;

  if (statement !== undefined) {
    return { kind: 'try', statement };
  }

  return documentsThrow(sourceCode, enclosingFunctionOf(call))
    ? { kind: 'documented' }
    : undefined;
}

/** The declaration that names a member, looking through function types. */
function memberDeclarationOf(
  typescript: typeof ts,
  declaration: ts.Declaration,
): ts.Node {
  // `start: () => void` declares the type literal inside the property.
  return typescript.isFunctionTypeNode(declaration)
    ? declaration.parent
    : declaration;
}

/** The `try` whose block holds a node, inside the node's own function. */
function enclosingTryOf(
  node: TSESTree.Node,
): TSESTree.TryStatement | undefined {
  let child = node;

  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isFunctionNode(parent)) {
      return undefined;
    }

    // A `try` without `catch` lets the error through to the caller.
    if (
      parent.type === AST_NODE_TYPES.TryStatement &&
      parent.block === child &&
      parent.handler !== null
    ) {
      return parent;
    }

    child = parent;
  }

  return undefined;
}

function enclosingFunctionOf(
  node: TSESTree.Node,
): TSESTree.FunctionLike | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isFunctionNode(parent)) {
      return parent;
    }
  }

  return undefined;
}

/** Whether a promise is awaited where it is made. */
function isAwaited(call: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = call;

  for (;;) {
    const parent: TSESTree.Node | undefined = node.parent;

    if (
      parent?.type === AST_NODE_TYPES.TSAsExpression ||
      parent?.type === AST_NODE_TYPES.TSNonNullExpression
    ) {
      node = parent;
    } else if (isPromiseLink(node)) {
      // `await kitCall().then(…)` awaits the rejection too.
      node = (node.parent as TSESTree.MemberExpression).parent;
    } else {
      return parent?.type === AST_NODE_TYPES.AwaitExpression;
    }
  }
}

/** Whether a promise is the object of a `.then()` or `.finally()` call. */
function isPromiseLink(promise: TSESTree.Node): boolean {
  const member = promise.parent;

  return (
    member?.type === AST_NODE_TYPES.MemberExpression &&
    member.object === promise &&
    member.parent.type === AST_NODE_TYPES.CallExpression &&
    member.parent.callee === member &&
    ['finally', 'then'].includes(staticPropertyName(member) ?? '')
  );
}

/**
 * The function that handles a promise's rejection: `.catch(fn)` or
 * `.then(ok, fn)`, also after other `.then()` or `.finally()` links.
 */
function rejectionHandlerOf(
  call: TSESTree.CallExpression,
): TSESTree.FunctionLike | undefined {
  let promise: TSESTree.Expression = call;

  for (;;) {
    const member: TSESTree.Node = promise.parent;

    if (
      member.type !== AST_NODE_TYPES.MemberExpression ||
      member.object !== promise ||
      member.parent.type !== AST_NODE_TYPES.CallExpression
    ) {
      return undefined;
    }

    const link: TSESTree.CallExpression = member.parent;
    const method = staticPropertyName(member);
    const handler =
      method === 'catch'
        ? link.arguments[0]
        : method === 'then'
          ? link.arguments[1]
          : undefined;

    if (handler !== undefined && isFunctionNode(handler)) {
      return handler;
    }

    if (method !== 'then' && method !== 'finally') {
      return undefined;
    }

    promise = link;
  }
}

/** Whether a function's JSDoc says it throws, handing errors to callers. */
function documentsThrow(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fn: TSESTree.FunctionLike | undefined,
): boolean {
  if (fn === undefined) {
    return false;
  }

  return documentedNodesOf(fn).some(node =>
    sourceCode
      .getCommentsBefore(node)
      .some(
        comment =>
          comment.type === AST_TOKEN_TYPES.Block &&
          comment.value.startsWith('*') &&
          /@throws\b/u.test(comment.value),
      ),
  );
}

/** The nodes a function's JSDoc can stand before. */
function documentedNodesOf(fn: TSESTree.FunctionLike): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [fn];
  let current: TSESTree.Node = fn;

  while (
    current.parent.type === AST_NODE_TYPES.MethodDefinition ||
    current.parent.type === AST_NODE_TYPES.Property ||
    current.parent.type === AST_NODE_TYPES.PropertyDefinition ||
    current.parent.type === AST_NODE_TYPES.VariableDeclarator ||
    current.parent.type === AST_NODE_TYPES.VariableDeclaration ||
    current.parent.type === AST_NODE_TYPES.ExportNamedDeclaration ||
    current.parent.type === AST_NODE_TYPES.ExportDefaultDeclaration
  ) {
    current = current.parent;
    nodes.push(current);
  }

  return nodes;
}

/**
 * The kit APIs whose errors a `catch` or rejection handler receives: the
 * calls its `try` block makes itself, or the call that starts the promise
 * chain it is attached to.
 */
export function apisCaughtBy(
  kit: KitContext,
  catcher: ErrorCatcher,
): ApiInfo[] {
  const calls =
    catcher.type === AST_NODE_TYPES.CatchClause
      ? directCallsIn(kit, catcher.parent.block)
      : [rejectedPromiseOriginOf(catcher) ?? []].flat();

  return calls.flatMap(call =>
    call.type === AST_NODE_TYPES.CallExpression
      ? (kitApiOfCall(kit, call) ?? [])
      : [],
  );
}

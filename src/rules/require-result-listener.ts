import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type {
  InstanceUse,
  TrackedInstance,
} from '../analysis/instance-uses.js';
import type { KitContext } from '../analysis/kit-context.js';

import {
  skipTypeWrappers,
  staticPropertyName,
} from '../analysis/expressions.js';
import { runsBefore, trackInstance } from '../analysis/instance-uses.js';
import { createKitContext } from '../analysis/kit-context.js';
import { kitApiOfCall } from '../analysis/throwing-calls.js';
import { apiName, existsAt } from '../catalogue/index.js';
import { createRule } from '../util/create-rule.js';

export type Options = [];

export type MessageIds = 'moveListenerBeforeStart' | 'startWithoutListener';

/** The `start` methods of both instance generations. */
const START_APIS: ReadonlySet<string> = new Set([
  'AuthInstance.start',
  'UserAuthInstance.start',
]);

/** The functions that create an instance, by generation. */
const CREATION_APIS: ReadonlySet<string> = new Set([
  'getAuthInstance',
  'getUserAuthInstance',
]);

type MethodCallUse = Extract<InstanceUse, { kind: 'methodCall' }>;

/** The event whose listener receives the outcome. */
const RESULT_EVENT = 'result';

export default createRule<Options, MessageIds>({
  name: 'require-result-listener',
  meta: {
    type: 'problem',
    docs: {
      description:
        "Require `on('result', …)` to be registered on an authentication instance before its `start()`",
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      moveListenerBeforeStart:
        "Move `{{instance}}.on('result', …)` to just before `{{instance}}.start()`.",
      startWithoutListener:
        "`{{instance}}.start()` runs without a preceding `{{instance}}.on('result', …)` in the same function, so the outcome of the authentication can be lost; register the result listener before starting.",
    },
  },
  create(context) {
    const kit = createKitContext(context);

    // A file that cannot see the kit gets no listeners: nothing in it is
    // looked at, and the type checker is never asked about it.
    if (!kit.reachesKit()) {
      return {};
    }

    function checkCall(call: TSESTree.CallExpression): void {
      const callee = skipTypeWrappers(call.callee);

      if (
        callee.type !== AST_NODE_TYPES.MemberExpression ||
        staticPropertyName(callee) !== 'start'
      ) {
        return;
      }

      const api = kitApiOfCall(kit, call);

      if (
        api === undefined ||
        !START_APIS.has(apiName(api)) ||
        !existsAt(api, kit.apiLevel())
      ) {
        return;
      }

      // An instance received from the caller is the caller's to set up.
      const instance = trackInstance(kit, callee.object);

      if (instance === undefined || instance.isParameter) {
        return;
      }

      const earlier = instance.uses.filter(use => runsBefore(use.node, call));
      // Emptying the holder (`= null`) says nothing of what starts later.
      const lastStore = earlier.findLast(
        use => use.kind === 'store' && !isEmptyValue(use.value),
      );

      if (!holdsCreatedInstance(instance, lastStore)) {
        return;
      }

      // Only what happens to the instance stored last concerns this start.
      const sinceStored =
        lastStore === undefined
          ? earlier
          : earlier.filter(use => use.node.range[0] >= lastStore.node.range[1]);

      if (
        sinceStored.some(
          use => use.kind === 'handOver' || isResultRegistration(kit, use),
        )
      ) {
        return;
      }

      context.report({
        node: call,
        messageId: 'startWithoutListener',
        data: { instance: instance.text },
        suggest: suggestionsFor(call, instance),
      });
    }

    /**
     * Whether the instance started was made by the kit: the value stored
     * last before the start is a creation call, or, when the instance is
     * stored elsewhere (another method of the class, another function of
     * the module), every value ever stored is one, apart from `undefined`
     * and `null`.
     */
    function holdsCreatedInstance(
      instance: TrackedInstance,
      lastStore: InstanceUse | undefined,
    ): boolean {
      if (lastStore !== undefined) {
        return isCreation(storedValueOf(lastStore));
      }

      const values = instance.uses.flatMap(use =>
        use.kind === 'store' ? [storedValueOf(use)] : [],
      );
      const meaningful = values.filter(value => !isEmptyValue(value));

      return meaningful.length > 0 && meaningful.every(isCreation);
    }

    function isCreation(value: TSESTree.Node | undefined): boolean {
      let expression = value && skipTypeWrappers(value);

      if (expression?.type === AST_NODE_TYPES.AwaitExpression) {
        expression = skipTypeWrappers(expression.argument);
      }

      if (expression?.type !== AST_NODE_TYPES.CallExpression) {
        return false;
      }

      const api = kitApiOfCall(kit, expression);

      return api !== undefined && CREATION_APIS.has(apiName(api));
    }

    function suggestionsFor(
      start: TSESTree.CallExpression,
      instance: TrackedInstance,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const registration = instance.uses
        .filter((use): use is MethodCallUse => isResultRegistration(kit, use))
        .find(use => use.node.range[0] >= start.range[1]);

      if (registration === undefined) {
        return [];
      }

      const replaced = instance.uses.some(
        use =>
          use.kind === 'store' &&
          use.node.range[0] >= start.range[1] &&
          use.node.range[1] <= registration.node.range[0],
      );
      const move = replaced
        ? undefined
        : moveBefore(kit, registration.node, start);

      return move === undefined
        ? []
        : [
            {
              messageId: 'moveListenerBeforeStart',
              data: { instance: instance.text },
              fix: fixer => [
                fixer.insertTextBeforeRange(
                  [move.insertAt, move.insertAt],
                  move.text,
                ),
                fixer.removeRange(move.remove),
              ],
            },
          ];
    }

    return {
      CallExpression: checkCall,
    };
  },
});

/** `instance.on('result', …)`, with the event written out or in a `const`. */
function isResultRegistration(
  kit: KitContext,
  use: InstanceUse,
): use is MethodCallUse {
  if (use.kind !== 'methodCall' || use.method !== 'on') {
    return false;
  }

  const event = use.node.arguments[0];
  const value =
    event &&
    ASTUtils.getStaticValue(event, kit.sourceCode.getScope(event))?.value;

  return value === RESULT_EVENT;
}

function storedValueOf(use: InstanceUse): TSESTree.Node | undefined {
  return use.kind === 'store' ? use.value : undefined;
}

/** `undefined`, `null` or `void 0`: the holder is cleared, not filled. */
function isEmptyValue(value: TSESTree.Node | undefined): boolean {
  if (value === undefined) {
    return false;
  }

  const expression = skipTypeWrappers(value);

  return (
    (expression.type === AST_NODE_TYPES.Identifier &&
      expression.name === 'undefined') ||
    (expression.type === AST_NODE_TYPES.Literal && expression.value === null) ||
    (expression.type === AST_NODE_TYPES.UnaryExpression &&
      expression.operator === 'void')
  );
}

/** How to move a registration statement in front of a start statement. */
interface Move {
  readonly insertAt: number;
  readonly remove: readonly [number, number];
  readonly text: string;
}

/**
 * Plans moving the statement of a later registration, with the comments
 * on its lines and the comment lines right above it, to the lines before
 * the statement that starts and its own comment lines. Gives undefined unless the move is plainly
 * safe: both are statements of their own, on lines of their own, in the
 * same block, and nothing the registration reads is declared or assigned
 * in between.
 */
function moveBefore(
  kit: KitContext,
  registration: TSESTree.CallExpression,
  start: TSESTree.CallExpression,
): Move | undefined {
  const startStatement = expressionStatementOf(start);
  const movedStatement = expressionStatementOf(registration);

  if (
    startStatement === undefined ||
    movedStatement === undefined ||
    startStatement.parent !== movedStatement.parent ||
    !isStatementList(startStatement.parent) ||
    dependsOnCodeBetween(kit, movedStatement, startStatement)
  ) {
    return undefined;
  }

  const sourceCode = kit.sourceCode;
  // Above the comment lines of the start too, which speak of it.
  const insertAt = ownLinesOf(sourceCode, startStatement)?.[0];
  const region = ownLinesOf(sourceCode, movedStatement);

  if (insertAt === undefined || region === undefined) {
    return undefined;
  }

  const moved = sourceCode.text.slice(region[0], region[1]);
  const text = reindented(
    moved.endsWith('\n') ? moved : `${moved}\n`,
    indentAt(sourceCode, region[0]),
    indentAt(sourceCode, insertAt),
  );

  return { insertAt, remove: region, text };
}

/** The statement a call makes up on its own: `instance.start();`. */
function expressionStatementOf(
  call: TSESTree.CallExpression,
): TSESTree.ExpressionStatement | undefined {
  const outer =
    call.parent.type === AST_NODE_TYPES.ChainExpression ? call.parent : call;

  return outer.parent.type === AST_NODE_TYPES.ExpressionStatement
    ? outer.parent
    : undefined;
}

/** Whether a node holds its statements in a list (a block, a `case`). */
function isStatementList(node: TSESTree.Node | undefined): boolean {
  return (
    node?.type === AST_NODE_TYPES.BlockStatement ||
    node?.type === AST_NODE_TYPES.Program ||
    node?.type === AST_NODE_TYPES.StaticBlock ||
    node?.type === AST_NODE_TYPES.SwitchCase
  );
}

/**
 * Whether a statement reads a variable that is declared or assigned
 * between an earlier statement and itself: moving it up would read the
 * variable before it is declared, or read another value.
 */
function dependsOnCodeBetween(
  kit: KitContext,
  moved: TSESTree.Node,
  earlier: TSESTree.Node,
): boolean {
  const between: [number, number] = [earlier.range[0], moved.range[0]];
  const isBetween = (node: TSESTree.Node): boolean =>
    between[0] <= node.range[0] && node.range[1] <= between[1];

  return referencesIn(kit, moved).some(reference => {
    const variable = reference.resolved;

    return (
      variable !== null &&
      (variable.defs.some(definition => isBetween(definition.name)) ||
        variable.references.some(
          other => other.isWrite() && isBetween(other.identifier),
        ))
    );
  });
}

/** The references whose identifiers lie inside a node. */
function referencesIn(
  kit: KitContext,
  node: TSESTree.Node,
): TSESLint.Scope.Reference[] {
  const references: TSESLint.Scope.Reference[] = [];
  const pending = [kit.sourceCode.getScope(node)];

  for (let scope = pending.pop(); scope; scope = pending.pop()) {
    for (const reference of scope.references) {
      const { range } = reference.identifier;

      if (node.range[0] <= range[0] && range[1] <= node.range[1]) {
        references.push(reference);
      }
    }

    pending.push(...scope.childScopes);
  }

  return references;
}

/** The start of the line at an offset, if only blanks precede it there. */
function ownLineStartOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  offset: number,
): number | undefined {
  const lineStart = sourceCode.text.lastIndexOf('\n', offset - 1) + 1;

  return /^[ \t]*$/u.test(sourceCode.text.slice(lineStart, offset))
    ? lineStart
    : undefined;
}

/**
 * The whole lines a statement stands on, with the comment lines right
 * above it and any comment after it on its last line; undefined when it
 * shares a line with other code.
 */
function ownLinesOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  statement: TSESTree.Node,
): [number, number] | undefined {
  const text = sourceCode.text;
  const previous = sourceCode.getTokenBefore(statement);
  let first: TSESTree.Node | TSESTree.Comment = statement;

  for (const comment of sourceCode.getCommentsBefore(statement).reverse()) {
    const ownLine =
      (previous === null || comment.loc.start.line > previous.loc.end.line) &&
      comment.loc.end.line >= first.loc.start.line - 1;

    if (
      !ownLine ||
      ownLineStartOf(sourceCode, comment.range[0]) === undefined
    ) {
      break;
    }

    first = comment;
  }

  const start = ownLineStartOf(sourceCode, first.range[0]);
  const trailing = sourceCode
    .getCommentsAfter(statement)
    .filter(comment => comment.loc.start.line === statement.loc.end.line)
    .at(-1);
  const end = (trailing ?? statement).range[1];
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline + 1;

  return start !== undefined && /^[ \t]*\r?\n?$/u.test(text.slice(end, lineEnd))
    ? [start, lineEnd]
    : undefined;
}

function indentAt(
  sourceCode: Readonly<TSESLint.SourceCode>,
  lineStart: number,
): string {
  return /^[ \t]*/u.exec(sourceCode.text.slice(lineStart))?.[0] ?? '';
}

/** Moves lines from one indentation to another, when all share the first. */
function reindented(text: string, from: string, to: string): string {
  if (from === to) {
    return text;
  }

  const lines = text.split('\n');

  return lines.every(line => line === '' || line.startsWith(from))
    ? lines
        .map(line => (line === '' ? line : to + line.slice(from.length)))
        .join('\n')
    : text;
}

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { KitBinding } from '../analysis/constants.js';
import type { HandledCodes } from '../analysis/handled-codes.js';
import type { ResultHandler } from '../analysis/result-handlers.js';
import type { CodeInfo, ResultChannel } from '../catalogue/index.js';

import { enumReferenceAt, findKitBindings } from '../analysis/constants.js';
import { collectHandledCodes } from '../analysis/handled-codes.js';
import { createKitContext } from '../analysis/kit-context.js';
import {
  hasNavigationButton,
  resultHandlerOf,
} from '../analysis/result-handlers.js';
import { typescriptOf } from '../analysis/typescript-module.js';
import {
  constantNames,
  deliveredCodes,
  existsAt,
  findMember,
} from '../catalogue/index.js';
import { createRule } from '../util/create-rule.js';
import { describeMissingCodes } from '../util/describe-codes.js';
import { headOf } from '../util/function-head.js';
import { adviceComment, indentOf } from '../util/inserted-code.js';
import { assertKnownNames } from '../util/option-names.js';

export type Options = [
  {
    /**
     * Whether a `default` case or a final `else` on the code counts as
     * handling every code.
     * @default false
     */
    considerDefaultExhaustive?: boolean;
    /**
     * Which codes every handler must test: `'recommended'` (lockout,
     * timeout and an expired PIN, as far as the channel delivers them),
     * `'all'` (every code with a constant that the channel delivers), or a
     * list of constant names.
     * @default 'recommended'
     */
    requiredCodes?: 'all' | 'recommended' | string[];
  },
];

export type MessageIds =
  'addMissingCases' | 'addMissingChecks' | 'missingCodes';

/** The code of a widget's navigation button. */
const WIDGET_CODE = 'CANCELED_FROM_WIDGET';

/** Every constant name of every result enum, for checking the options. */
const CONSTANT_NAMES = constantNames();

export default createRule<Options, MessageIds>({
  name: 'handle-result-codes',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require result handlers to test every result code that needs its own answer',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          considerDefaultExhaustive: {
            type: 'boolean',
            description:
              'Whether a `default` case or a final `else` on the code counts as handling every code.',
          },
          requiredCodes: {
            description:
              "Which codes every handler must test: 'recommended', 'all', or a list of constant names.",
            oneOf: [
              {
                type: 'string',
                description:
                  "'recommended': lockout, timeout and an expired PIN; 'all': every code with a constant that the channel delivers.",
                enum: ['all', 'recommended'],
              },
              {
                type: 'array',
                description: 'Constant names, such as `LOCKED`.',
                // Checked in `create`, so the error can name the option.
                items: { type: 'string' },
                uniqueItems: true,
              },
            ],
          },
        },
      },
    ],
    defaultOptions: [
      { considerDefaultExhaustive: false, requiredCodes: 'recommended' },
    ],
    messages: {
      addMissingCases: 'Add a `case` for each missing code.',
      addMissingChecks: 'Add a check for each missing code.',
      missingCodes: 'This result handler does not test {{missing}}.',
    },
  },
  create(context, [options]) {
    if (Array.isArray(options.requiredCodes)) {
      assertKnownNames(
        'handle-result-codes',
        'requiredCodes',
        options.requiredCodes,
        CONSTANT_NAMES,
      );
    }

    const kit = createKitContext(context);

    // A file that cannot see the kit gets no listeners: nothing in it is
    // looked at, and the type checker is never asked about it.
    if (!kit.reachesKit()) {
      return {};
    }

    let bindings: readonly KitBinding[] | undefined;

    function checkFunction(fn: TSESTree.FunctionLike): void {
      if (fn.params.length === 0) {
        return;
      }

      const handler = resultHandlerOf(kit, fn);

      if (handler === undefined || !fn.body) {
        return;
      }

      const typescript = typescriptOf(kit.services);
      const body = kit.services.esTreeNodeToTSNodeMap.get(fn.body);
      const handled = collectHandledCodes(
        typescript,
        kit.checker,
        body,
        handler.seeds,
      );

      // A helper that takes a result but never reads the code is no
      // handler; a registered callback is one whatever it does.
      if (!handler.isCallback && !handled.readsSubject) {
        return;
      }

      if (options.considerDefaultExhaustive === true && handled.catchAll) {
        return;
      }

      const missing = requiredCodesOf(handler.channel, fn).filter(
        code => !handled.codes.has(code.value),
      );

      if (missing.length > 0) {
        report(fn, handler, missing, handled.switches);
      }
    }

    /** The codes a handler must test, by policy, level and widget. */
    function requiredCodesOf(
      channel: ResultChannel,
      fn: TSESTree.FunctionLike,
    ): CodeInfo[] {
      const apiLevel = kit.apiLevel();
      const delivered = new Set(deliveredCodes(channel, apiLevel));
      const isListed = Array.isArray(options.requiredCodes);
      // The code only arrives when the widget shows a navigation button;
      // an explicit list is taken as written.
      const names = requiredNames(channel).filter(
        name => isListed || name !== WIDGET_CODE,
      );

      if (channel.id === 'result' && hasNavigationButton(kit, fn)) {
        names.push(WIDGET_CODE);
      }

      return [...new Set(names)]
        .flatMap(name => findMember(channel.family, name) ?? [])
        .filter(code => delivered.has(code.value) && existsAt(code, apiLevel));
    }

    function requiredNames(channel: ResultChannel): string[] {
      const { requiredCodes = 'recommended' } = options;

      if (requiredCodes === 'recommended') {
        return [...channel.recommendedRequired];
      }

      return requiredCodes === 'all'
        ? constantNames(channel.family)
        : [...requiredCodes];
    }

    function report(
      fn: TSESTree.FunctionLike,
      handler: ResultHandler,
      missing: readonly CodeInfo[],
      switches: HandledCodes['switches'],
    ): void {
      bindings ??= findKitBindings(kit);
      const reference = enumReferenceAt(
        kit,
        handler.channel.family,
        fn,
        bindings,
      );
      const constants = reference?.text;
      const switchStatement = switches
        .map(node => kit.services.tsNodeToESTreeNodeMap.get(node))
        .find(node => isInside(node, fn));

      context.report({
        loc: headOf(fn, kit.sourceCode),
        messageId: 'missingCodes',
        data: { missing: describeMissingCodes(missing) },
        suggest:
          constants === undefined
            ? []
            : suggestionsFor(fn, handler, missing, constants, switchStatement),
      });
    }

    function suggestionsFor(
      fn: TSESTree.FunctionLike,
      handler: ResultHandler,
      missing: readonly CodeInfo[],
      constants: string,
      switchStatement: TSESTree.Node | undefined,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (switchStatement?.type === AST_NODE_TYPES.SwitchStatement) {
        return [
          {
            messageId: 'addMissingCases',
            fix: fixer =>
              insertCases(fixer, switchStatement, missing, constants),
          },
        ];
      }

      const body = fn.body;

      if (
        body?.type !== AST_NODE_TYPES.BlockStatement ||
        handler.subjectText === undefined
      ) {
        return [];
      }

      const subject = handler.subjectText;
      const indent = `${indentOf(kit.sourceCode, body)}  `;

      return [
        {
          messageId: 'addMissingChecks',
          fix: fixer =>
            fixer.insertTextAfterRange(
              [body.range[0], body.range[0] + 1],
              `\n${ifChecks(missing, constants, subject, indent)}`,
            ),
        },
      ];
    }

    return {
      ArrowFunctionExpression: checkFunction,
      FunctionDeclaration: checkFunction,
      FunctionExpression: checkFunction,
    };
  },
});

function isInside(
  node: TSESTree.Node | undefined,
  container: TSESTree.Node,
): boolean {
  return (
    node !== undefined &&
    container.range[0] <= node.range[0] &&
    node.range[1] <= container.range[1]
  );
}

/**
 * Adds a `case` per missing code without changing what runs: empty labels
 * just before `default` fall through to it as those codes did before; with
 * no `default`, cases that `break` go last, where those codes left the
 * `switch` anyway. Either way the code still type-checks.
 */
function insertCases(
  fixer: TSESLint.RuleFixer,
  switchStatement: TSESTree.SwitchStatement,
  missing: readonly CodeInfo[],
  constants: string,
): TSESLint.RuleFix {
  const defaultCase = switchStatement.cases.find(
    clause => clause.test === null,
  );
  const anchor = defaultCase ?? switchStatement.cases.at(-1);
  const indent = ' '.repeat((anchor ?? switchStatement).loc.start.column);
  const labels = missing.map(
    code =>
      `case ${constants}.${code.member}:\n` +
      `${indent}  ${adviceComment(code.advice)}`,
  );

  if (defaultCase !== undefined) {
    return fixer.insertTextBefore(
      defaultCase,
      `${labels.join(`\n${indent}`)}\n${indent}`,
    );
  }

  const cases = labels.map(label => `${label}\n${indent}  break;`);

  return anchor === undefined
    ? fixer.insertTextAfterRange(
        [switchStatement.range[1] - 1, switchStatement.range[1] - 1],
        `${cases.join('\n')}\n`,
      )
    : fixer.insertTextAfter(anchor, `\n${indent}${cases.join(`\n${indent}`)}`);
}

/** An `if` per missing code, for handlers without a `switch` on the code. */
function ifChecks(
  missing: readonly CodeInfo[],
  constants: string,
  subject: string,
  indent: string,
): string {
  return missing
    .map(
      code =>
        `${indent}if (${subject} === ${constants}.${code.member}) {\n` +
        `${indent}  ${adviceComment(code.advice)}\n` +
        `${indent}}`,
    )
    .join('\n');
}

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { KitBinding } from '../analysis/constants.js';
import type { HandledCodes } from '../analysis/handled-codes.js';
import type { KitContext } from '../analysis/kit-context.js';
import type { ApiInfo, CodeInfo } from '../catalogue/index.js';

import { enumReferenceAt, findKitBindings } from '../analysis/constants.js';
import {
  collectHandledCodes,
  directReadText,
} from '../analysis/handled-codes.js';
import { createKitContext } from '../analysis/kit-context.js';
import {
  guardOf,
  kitApiOfCall,
  mayCallKitApi,
} from '../analysis/throwing-calls.js';
import { typescriptOf } from '../analysis/typescript-module.js';
import {
  APIS,
  apiName,
  catchableCodes,
  constantNames,
  existsAt,
  findCode,
  findMember,
  thrownCodes,
} from '../catalogue/index.js';
import { createRule } from '../util/create-rule.js';
import { describeMissingCodes } from '../util/describe-codes.js';
import { assertKnownNames } from '../util/option-names.js';
import { headOf } from '../util/function-head.js';
import { adviceComment, indentOf } from '../util/inserted-code.js';

export type Options = [
  {
    /**
     * Whether calls that only throw argument and general errors (401 and
     * 12500002), such as `on` and `off`, must be guarded too.
     * @default false
     */
    checkGeneralErrors?: boolean;
    /**
     * Which codes a `catch` must test for each API: `'recommended'`,
     * `'all'` (every code the API documents), or constant names by API
     * name (`{ getAvailableStatus: ['NOT_ENROLLED'] }`).
     * @default 'recommended'
     */
    requiredCodes?: 'all' | 'recommended' | Record<string, string[]>;
  },
];

export type MessageIds =
  | 'addMissingChecks'
  | 'missingCodes'
  | 'missingCodesInHandler'
  | 'unguardedCall'
  | 'unhandledRejection';

/** The codes that every catch around these APIs must tell apart. */
const RECOMMENDED_CODES: Readonly<Record<string, readonly string[]>> = {
  getAvailableStatus: ['NOT_ENROLLED', 'PIN_EXPIRED'],
  getEnrolledState: ['NOT_ENROLLED'],
};

/** Codes every kit API may throw for a bad argument or a failed service. */
const GENERAL_ERRORS: ReadonlySet<number> = new Set([401, 12500002]);

const API_NAMES = [...new Set(APIS.map(apiName))].sort();
// Thrown codes are numbered as `UserAuthResultCode`; other enums' names
// would be accepted and then silently match nothing.
const CONSTANT_NAMES = constantNames('UserAuthResultCode');
const CONSTANT_LIST_SCHEMA = {
  type: 'array',
  description: 'Constant names of `UserAuthResultCode`, such as `LOCKED`.',
  items: { type: 'string' },
  uniqueItems: true,
} as const;

export default createRule<Options, MessageIds>({
  name: 'handle-thrown-codes',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require calls that throw result codes to be guarded, and their `catch` to test the codes that need their own answer',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkGeneralErrors: {
            type: 'boolean',
            description:
              'Whether calls that only throw 401 and 12500002, such as `on` and `off`, must be guarded too.',
          },
          requiredCodes: {
            description:
              "Which codes a `catch` must test for each API: 'recommended', 'all', or constant names by API name.",
            oneOf: [
              {
                type: 'string',
                description:
                  "'recommended': what the rule's docs list; 'all': every code the API documents.",
                enum: ['all', 'recommended'],
              },
              {
                type: 'object',
                description:
                  'Constant names by API name, such as `{ getAvailableStatus: ["NOT_ENROLLED"] }`.',
                // API and constant names are checked in `create`, so the
                // error can name the option.
                additionalProperties: CONSTANT_LIST_SCHEMA,
              },
            ],
          },
        },
      },
    ],
    defaultOptions: [
      { checkGeneralErrors: false, requiredCodes: 'recommended' },
    ],
    messages: {
      addMissingChecks: 'Add a check for each missing code.',
      missingCodes: 'This `catch` does not test {{missing}}.',
      missingCodesInHandler:
        'This rejection handler does not test {{missing}}.',
      unguardedCall:
        '`{{api}}` can throw a `BusinessError` ({{codes}}); call it inside `try`, or document the throw with `@throws`.',
      unhandledRejection:
        '`{{api}}` can reject with a `BusinessError` ({{codes}}); await it inside `try`, or add `.catch()`.',
    },
  },
  create(context, [options]) {
    const { requiredCodes } = options;

    if (typeof requiredCodes === 'object') {
      assertKnownNames(
        'handle-thrown-codes',
        'requiredCodes',
        Object.keys(requiredCodes),
        API_NAMES,
      );
      assertKnownNames(
        'handle-thrown-codes',
        'requiredCodes',
        Object.values(requiredCodes).flat(),
        CONSTANT_NAMES,
      );
    }

    const kit = createKitContext(context);

    // A file that cannot see the kit gets no listeners: nothing in it is
    // looked at, and the type checker is never asked about it.
    if (!kit.reachesKit()) {
      return {};
    }

    const guardedByTry = new Map<TSESTree.TryStatement, ApiInfo[]>();
    let bindings: readonly KitBinding[] | undefined;

    function checkCall(call: TSESTree.CallExpression): void {
      if (!mayCallKitApi(call)) {
        return;
      }

      const api = kitApiOfCall(kit, call);

      if (api === undefined || !isChecked(api)) {
        return;
      }

      const guard = guardOf(kit.sourceCode, call, api);

      if (guard === undefined) {
        reportUnguarded(call, api);
      } else if (guard.kind === 'try') {
        const calls = guardedByTry.get(guard.statement) ?? [];

        guardedByTry.set(guard.statement, [...calls, api]);
      } else if (guard.kind === 'promise') {
        checkHandler(
          guard.handler,
          [api],
          headOf(guard.handler, kit.sourceCode),
        );
      }
    }

    /** Whether an API exists at the level and throws enough to matter. */
    function isChecked(api: ApiInfo): boolean {
      const apiLevel = kit.apiLevel();
      const codes = thrownCodes(api, apiLevel);

      return (
        existsAt(api, apiLevel) &&
        codes.length > 0 &&
        (options.checkGeneralErrors === true ||
          codes.some(code => !GENERAL_ERRORS.has(code)))
      );
    }

    function reportUnguarded(
      call: TSESTree.CallExpression,
      api: ApiInfo,
    ): void {
      context.report({
        node: call,
        messageId:
          api.returnsPromise === true ? 'unhandledRejection' : 'unguardedCall',
        data: {
          api: apiName(api),
          codes: thrownCodes(api, kit.apiLevel()).join(', '),
        },
      });
    }

    function checkTry(statement: TSESTree.TryStatement): void {
      const apis = guardedByTry.get(statement);
      const handler = statement.handler;

      if (apis === undefined || handler === null) {
        return;
      }

      const catchKeyword = kit.sourceCode.getFirstToken(handler);

      if (catchKeyword !== null) {
        checkHandler(handler, apis, catchKeyword.loc);
      }
    }

    /**
     * Checks a `catch` clause or a rejection handler: its first parameter
     * holds the error, whose `code` must be tested against every code the
     * guarded calls require.
     */
    function checkHandler(
      handler: TSESTree.CatchClause | TSESTree.FunctionLike,
      apis: readonly ApiInfo[],
      reportAt: TSESTree.SourceLocation,
    ): void {
      const required = requiredCodesOf(apis);

      if (required.size === 0) {
        return;
      }

      const parameter =
        handler.type === AST_NODE_TYPES.CatchClause
          ? handler.param
          : (handler.params[0] ?? null);
      const handled = handledCodesOf(handler, parameter);

      if (handled?.rethrows === true) {
        return;
      }

      const missing = [...required.keys()].filter(
        code => handled?.codes.has(code.value) !== true,
      );

      if (missing.length === 0) {
        return;
      }

      context.report({
        loc: reportAt,
        messageId:
          handler.type === AST_NODE_TYPES.CatchClause
            ? 'missingCodes'
            : 'missingCodesInHandler',
        data: {
          missing: describeMissingCodes(missing, code => required.get(code)),
        },
        suggest: suggestionsFor(handler, parameter, missing, handled),
      });
    }

    function handledCodesOf(
      handler: TSESTree.CatchClause | TSESTree.FunctionLike,
      parameter: TSESTree.Node | null,
    ): HandledCodes | undefined {
      const body = handler.body;

      if (
        parameter?.type !== AST_NODE_TYPES.Identifier ||
        body === null ||
        body === undefined
      ) {
        return undefined;
      }

      const holder = kit.services.getSymbolAtLocation(parameter);

      return collectHandledCodes(
        typescriptOf(kit.services),
        kit.checker,
        kit.services.esTreeNodeToTSNodeMap.get(body),
        {
          holders: holder === undefined ? [] : [holder],
          subjectProperty: 'code',
          subjects: [],
        },
      );
    }

    /**
     * The codes the calls require, each with the first call that needs it
     * (for the message).
     */
    function requiredCodesOf(apis: readonly ApiInfo[]): Map<CodeInfo, string> {
      const required = new Map<CodeInfo, string>();

      for (const api of apis) {
        for (const code of requiredCodesOfApi(api)) {
          if (!required.has(code)) {
            required.set(code, `\`${apiName(api)}\``);
          }
        }
      }

      return required;
    }

    function requiredCodesOfApi(api: ApiInfo): CodeInfo[] {
      const apiLevel = kit.apiLevel();
      const catchable = catchableCodes(api, apiLevel);
      const { requiredCodes = 'recommended' } = options;

      if (requiredCodes === 'all') {
        return catchable.flatMap(value => codeOfValue(value) ?? []);
      }

      const names =
        requiredCodes === 'recommended'
          ? RECOMMENDED_CODES[apiName(api)]
          : requiredCodes[apiName(api)];

      return (names ?? [])
        .flatMap(name => findMember('UserAuthResultCode', name) ?? [])
        .filter(
          code => catchable.includes(code.value) && existsAt(code, apiLevel),
        );
    }

    function suggestionsFor(
      handler: TSESTree.CatchClause | TSESTree.FunctionLike,
      parameter: TSESTree.Node | null,
      missing: readonly CodeInfo[],
      handled: HandledCodes | undefined,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const body = handler.body;
      const subject =
        parameter?.type === AST_NODE_TYPES.Identifier && handled !== undefined
          ? subjectTextOf(kit, parameter, handled, body)
          : undefined;

      bindings ??= findKitBindings(kit);
      const constants =
        body?.type === AST_NODE_TYPES.BlockStatement
          ? enumReferenceAt(kit, 'UserAuthResultCode', body, bindings)?.text
          : undefined;

      if (
        subject === undefined ||
        constants === undefined ||
        body?.type !== AST_NODE_TYPES.BlockStatement
      ) {
        return [];
      }

      const indent = `${indentOf(kit.sourceCode, body)}  `;
      const checks = missing
        .map(code => {
          const value =
            code.member === undefined
              ? String(code.value)
              : `${constants}.${code.member}`;

          return (
            `${indent}if (${subject} === ${value}) {\n` +
            `${indent}  ${adviceComment(code.advice)}\n` +
            `${indent}}`
          );
        })
        .join('\n');

      return [
        {
          messageId: 'addMissingChecks',
          fix: fixer =>
            fixer.insertTextAfterRange(
              [body.range[0], body.range[0] + 1],
              `\n${checks}`,
            ),
        },
      ];
    }

    return {
      CallExpression: checkCall,
      'TryStatement:exit': checkTry,
    };
  },
});

/** The code of a value, whatever family names it. */
function codeOfValue(value: number): CodeInfo | undefined {
  return (
    findCode('UserAuthResultCode', value) ??
    findCode('universal', value) ??
    findCode('faceAuth', value)
  );
}

/**
 * How inserted checks read the error's code at the top of the handler:
 * the way the handler already reads it straight from the parameter
 * (`(error as BusinessError).code`), else a cast to `BusinessError` when
 * that name is in scope.
 */
function subjectTextOf(
  kit: KitContext,
  parameter: TSESTree.Identifier,
  handled: HandledCodes,
  body: TSESTree.Node | null | undefined,
): string | undefined {
  const direct = directReadText(
    typescriptOf(kit.services),
    handled,
    parameter.name,
  );

  if (direct !== undefined) {
    return direct;
  }

  const scope = body && kit.sourceCode.getScope(body);

  return scope && ASTUtils.findVariable(scope, 'BusinessError')
    ? `(${parameter.name} as BusinessError).code`
    : undefined;
}

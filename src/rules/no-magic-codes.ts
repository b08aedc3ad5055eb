import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { CodeEnumName, CodeInfo } from '../catalogue/index.js';
import type { EnumReference, KitBinding } from '../analysis/constants.js';
import type { KitContext } from '../analysis/kit-context.js';

import { lookedUpValueOf } from '../analysis/collections.js';
import { enumReferenceAt, findKitBindings } from '../analysis/constants.js';
import { expectedCodeEnumAt } from '../analysis/expected-types.js';
import { numericLiteralValue } from '../analysis/expressions.js';
import { createKitContext } from '../analysis/kit-context.js';
import { codeSubjectOf } from '../analysis/subjects.js';
import { hasNoExpectedType } from '../analysis/written-types.js';
import { existsAt, findCode, KNOWN_CODE_VALUES } from '../catalogue/index.js';
import { createRule } from '../util/create-rule.js';

/** The name the suggested import binds, and where it comes from by level. */
const IMPORTED_NAMESPACE = 'userAuth';
const KIT_IMPORT_SINCE = 11;

export type Options = [
  {
    /**
     * Numbers that may stay literals even where a constant exists.
     * @default []
     */
    allow?: number[];
  },
];

export type MessageIds = 'magicCode' | 'useConstantWithImport';

export default createRule<Options, MessageIds>({
  name: 'no-magic-codes',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Require userAuth result codes to be written as their exported constants',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            description:
              'Numbers that may stay literals even where a constant exists.',
            items: { type: 'integer' },
            uniqueItems: true,
          },
        },
      },
    ],
    defaultOptions: [{ allow: [] }],
    messages: {
      magicCode:
        'Use `{{constant}}` instead of the magic number {{value}}, so the code names the outcome it means.',
      useConstantWithImport:
        "Import `{{namespace}}` from '{{source}}' and use `{{constant}}`.",
    },
  },
  create(context, [{ allow = [] }]) {
    const kit = createKitContext(context);

    // A file that cannot see the kit gets no listeners: nothing in it is
    // looked at, and the type checker is never asked about it.
    if (!kit.reachesKit()) {
      return {};
    }

    const allowed = new Set(allow);
    let bindings: readonly KitBinding[] | undefined;

    function checkNumber(literal: TSESTree.Literal): void {
      const written = withLeadingMinus(literal);
      const value = numericLiteralValue(written);

      if (
        value === undefined ||
        !KNOWN_CODE_VALUES.has(value) ||
        allowed.has(value)
      ) {
        return;
      }

      const enumName = codeEnumExpectedFor(kit, written);

      if (enumName === undefined) {
        return;
      }

      const code = findCode(enumName, value);

      if (code?.member === undefined || !existsAt(code, kit.apiLevel())) {
        return;
      }

      bindings ??= findKitBindings(kit);
      const reference = enumReferenceAt(kit, enumName, written, bindings);

      if (reference === undefined) {
        reportWithImportSuggestion(written, code);
      } else {
        reportWithFix(written, code, reference);
      }
    }

    function reportWithFix(
      written: TSESTree.Node,
      code: CodeInfo,
      reference: EnumReference,
    ): void {
      const constant = `${reference.text}.${code.member}`;

      context.report({
        node: written,
        messageId: 'magicCode',
        data: { constant, value: code.value },
        fix: fixer => fixer.replaceText(written, constant),
      });
    }

    function reportWithImportSuggestion(
      written: TSESTree.Node,
      code: CodeInfo,
    ): void {
      const constant = `${IMPORTED_NAMESPACE}.${code.family}.${code.member}`;
      const source =
        kit.apiLevel() >= KIT_IMPORT_SINCE
          ? '@kit.UserAuthenticationKit'
          : '@ohos.userIAM.userAuth';
      const canImport =
        ASTUtils.findVariable(
          kit.sourceCode.getScope(written),
          IMPORTED_NAMESPACE,
        ) === null;

      context.report({
        node: written,
        messageId: 'magicCode',
        data: { constant, value: code.value },
        suggest: canImport
          ? [
              {
                messageId: 'useConstantWithImport',
                data: { constant, namespace: IMPORTED_NAMESPACE, source },
                fix: fixer => [
                  insertImport(fixer, kit, importStatement(source)),
                  fixer.replaceText(written, constant),
                ],
              },
            ]
          : [],
      });
    }

    return {
      Literal: checkNumber,
    };
  },
});

/** The literal with its minus sign, when it is written negative. */
function withLeadingMinus(literal: TSESTree.Literal): TSESTree.Node {
  const parent = literal.parent;

  return parent.type === AST_NODE_TYPES.UnaryExpression &&
    parent.operator === '-'
    ? parent
    : literal;
}

/**
 * The result enum a number is used as, from where it stands: compared
 * with a code subject, a `case` of a `switch` on one, an element of a
 * collection a subject is looked up in, or passed, assigned or returned
 * where a result enum is expected.
 */
function codeEnumExpectedFor(
  kit: KitContext,
  written: TSESTree.Node,
): CodeEnumName | undefined {
  const parent = written.parent;

  if (parent?.type === AST_NODE_TYPES.BinaryExpression) {
    const other = parent.left === written ? parent.right : parent.left;

    return EQUALITY_OPERATORS.has(parent.operator)
      ? codeSubjectOf(kit, other)?.family
      : undefined;
  }

  if (parent?.type === AST_NODE_TYPES.SwitchCase) {
    return parent.test === written
      ? codeSubjectOf(kit, parent.parent.discriminant)?.family
      : undefined;
  }

  const lookedUp = lookedUpValueOf(kit, written);

  if (lookedUp !== undefined) {
    return codeSubjectOf(kit, lookedUp)?.family;
  }

  return isValuePosition(written) && !hasNoExpectedType(kit, written)
    ? expectedCodeEnumAt(kit, written)
    : undefined;
}

const EQUALITY_OPERATORS: ReadonlySet<string> = new Set([
  '!=',
  '!==',
  '==',
  '===',
]);

/**
 * Whether a number stands where it takes the type the surrounding code
 * expects: an argument, an assigned, initial, default or returned value,
 * an array element, a branch of `?:`. Keys and callees do not count.
 */
function isValuePosition(written: TSESTree.Node): boolean {
  const parent = written.parent;

  switch (parent?.type) {
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ReturnStatement:
      return true;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === written;
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.right === written;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee !== written;
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test !== written;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === written;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === written;
    default:
      return false;
  }
}

function importStatement(source: string): string {
  return source === '@kit.UserAuthenticationKit'
    ? `import { ${IMPORTED_NAMESPACE} } from '${source}';\n`
    : `import ${IMPORTED_NAMESPACE} from '${source}';\n`;
}

/** Inserts an import after the file's last import, or at its top. */
function insertImport(
  fixer: TSESLint.RuleFixer,
  kit: KitContext,
  statement: string,
): TSESLint.RuleFix {
  const body = kit.sourceCode.ast.body;
  const lastImport = body.findLast(
    node => node.type === AST_NODE_TYPES.ImportDeclaration,
  );

  if (lastImport !== undefined) {
    return fixer.insertTextAfter(lastImport, `\n${statement.trimEnd()}`);
  }

  return fixer.insertTextBeforeRange([0, 0], statement);
}

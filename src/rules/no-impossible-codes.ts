import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { KitBinding } from '../analysis/constants.js';
import type { KitContext } from '../analysis/kit-context.js';
import type { CodeSubject } from '../analysis/subjects.js';
import type { CodeEnumName, CodeInfo } from '../catalogue/index.js';

import { enumReferenceAt, findKitBindings } from '../analysis/constants.js';
import { skipTypeWrappers } from '../analysis/expressions.js';
import { codeEnumOfType } from '../analysis/kit-declarations.js';
import { createKitContext } from '../analysis/kit-context.js';
import { channelSubjectOf } from '../analysis/subjects.js';
import { apisCaughtBy } from '../analysis/throwing-calls.js';
import { numericValuesOf } from '../analysis/values.js';
import {
  apiName,
  CODE_ENUMS,
  CODES,
  deliveredCodes,
  describeCode,
  existsAt,
  findCode,
  findMember,
  getChannel,
  thrownCodes,
} from '../catalogue/index.js';
import { createRule } from '../util/create-rule.js';

export type Options = [];

export type MessageIds =
  | 'neverDelivered'
  | 'unknownCode'
  | 'useSameNameInRightGeneration'
  | 'wrongGeneration';

/**
 * Why a comparison can never be true, with what the message needs. A
 * replacement is offered when the right numbering has a member of the
 * same name that the subject can hold.
 */
type Verdict =
  | {
      readonly compared: CodeInfo;
      readonly kind: 'neverDelivered';
    }
  | {
      readonly compared: CodeInfo;
      readonly kind: 'wrongGeneration';
      readonly replacement?: CodeInfo;
    }
  | { readonly kind: 'unknownCode'; readonly value: number };

/** Codes any OpenHarmony API may throw: a `catch` may always meet them. */
const UNIVERSAL_CODES: ReadonlySet<number> = new Set(
  CODES.filter(code => code.family === 'universal').map(code => code.value),
);

const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['==', '===']);

export default createRule<Options, MessageIds>({
  name: 'no-impossible-codes',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow comparing a result code with a value it can never hold',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      neverDelivered:
        'This test is never true: {{subject}} never holds {{compared}}.',
      unknownCode:
        '{{value}} is no user-authentication code, so this test is never true; check the number.',
      useSameNameInRightGeneration: 'Compare with `{{replacement}}` instead.',
      wrongGeneration:
        '{{compared}} belongs to the `{{family}}` numbering, but {{subject}} holds `{{expected}}` codes, so this test is never true.',
    },
  },
  create(context) {
    const kit = createKitContext(context);

    // A file that cannot see the kit gets no listeners: nothing in it is
    // looked at, and the type checker is never asked about it.
    if (!kit.reachesKit()) {
      return {};
    }

    let bindings: readonly KitBinding[] | undefined;

    function checkComparison(node: TSESTree.BinaryExpression): void {
      if (!EQUALITY_OPERATORS.has(node.operator)) {
        return;
      }

      for (const [subjectSide, valueSide] of [
        [node.left, node.right],
        [node.right, node.left],
      ] as const) {
        if (isValueLike(valueSide) && check(subjectSide, valueSide)) {
          return;
        }
      }
    }

    function checkCase(node: TSESTree.SwitchCase): void {
      if (node.test !== null && isValueLike(node.test)) {
        check(node.parent.discriminant, node.test);
      }
    }

    /** Reports the comparison if it can never be true; says if it could. */
    function check(
      subjectSide: TSESTree.Node,
      valueSide: TSESTree.Node,
    ): boolean {
      // A value typed with an enum is checked by TypeScript itself, so
      // only the kit's channels are looked for.
      const subject = channelSubjectOf(kit, subjectSide);

      if (subject === undefined) {
        return false;
      }

      const possible = possibleCodesOf(kit, subject);
      const verdict = possible && judge(kit, subject, possible, valueSide);

      if (verdict !== undefined) {
        report(subject, valueSide, verdict);
      }

      return true;
    }

    function report(
      subject: CodeSubject,
      valueSide: TSESTree.Node,
      verdict: Verdict,
    ): void {
      const subjectText = describeSubject(kit, subject);

      if (verdict.kind === 'unknownCode') {
        context.report({
          node: valueSide,
          messageId: 'unknownCode',
          data: { value: verdict.value },
        });
        return;
      }

      if (verdict.kind === 'neverDelivered') {
        context.report({
          node: valueSide,
          messageId: 'neverDelivered',
          data: {
            compared: describeCompared(verdict.compared),
            subject: subjectText,
          },
        });
        return;
      }

      const replacement =
        verdict.replacement && replacementText(valueSide, verdict.replacement);

      context.report({
        node: valueSide,
        messageId: 'wrongGeneration',
        data: {
          compared: describeCompared(verdict.compared),
          expected: subject.family,
          family: verdict.compared.family,
          subject: subjectText,
        },
        suggest:
          replacement === undefined
            ? []
            : [
                {
                  messageId: 'useSameNameInRightGeneration',
                  data: { replacement },
                  fix: (fixer: TSESLint.RuleFixer) =>
                    fixer.replaceText(valueSide, replacement),
                },
              ],
      });
    }

    /**
     * Writes the same-named member of the right enum: through the same
     * namespace binding when the value is `ns.ResultCode.X`, else through
     * any binding of the enum in scope.
     */
    function replacementText(
      valueSide: TSESTree.Node,
      replacement: CodeInfo,
    ): string | undefined {
      const written = skipTypeWrappers(valueSide);
      const family = replacement.family as CodeEnumName;
      const member = replacement.member;

      if (
        written.type === AST_NODE_TYPES.MemberExpression &&
        written.object.type === AST_NODE_TYPES.MemberExpression &&
        !written.object.computed
      ) {
        const namespace = kit.sourceCode.getText(written.object.object);

        return `${namespace}.${family}.${member ?? ''}`;
      }

      bindings ??= findKitBindings(kit);
      const reference = enumReferenceAt(kit, family, valueSide, bindings);

      return reference && `${reference.text}.${member ?? ''}`;
    }

    return {
      BinaryExpression: checkComparison,
      SwitchCase: checkCase,
    };
  },
});

/** What can stand for a code value: a number, a constant, an enum member. */
function isValueLike(node: TSESTree.Node): boolean {
  const written = skipTypeWrappers(node);

  return (
    written.type === AST_NODE_TYPES.Literal ||
    written.type === AST_NODE_TYPES.UnaryExpression ||
    written.type === AST_NODE_TYPES.Identifier ||
    written.type === AST_NODE_TYPES.MemberExpression
  );
}

/**
 * The codes a subject can hold at the project's level: what its channel
 * delivers, or what the kit calls its `catch` guards can throw. Undefined
 * when that is not known.
 */
function possibleCodesOf(
  kit: KitContext,
  subject: CodeSubject,
): ReadonlySet<number> | undefined {
  const apiLevel = kit.apiLevel();

  if (subject.channel === 'typed') {
    return undefined;
  }

  if (subject.channel !== 'thrown') {
    return new Set(deliveredCodes(getChannel(subject.channel), apiLevel));
  }

  const apis =
    subject.catcher === undefined ? [] : apisCaughtBy(kit, subject.catcher);

  return apis.length === 0
    ? undefined
    : new Set(apis.flatMap(api => thrownCodes(api, apiLevel)));
}

/**
 * Decides whether a compared value can never be held. An enum member of
 * another numbering is always wrong, even where its number happens to be
 * valid; a number is judged by value.
 */
function judge(
  kit: KitContext,
  subject: CodeSubject,
  possible: ReadonlySet<number>,
  valueSide: TSESTree.Node,
): Verdict | undefined {
  const member = enumMemberOf(kit, valueSide);

  if (member !== undefined && member.family !== subject.family) {
    return wrongGeneration(kit, subject, possible, member);
  }

  const values = numericValuesOf(kit, valueSide);
  const value = values?.length === 1 ? values[0] : undefined;

  if (value === undefined || possible.has(value)) {
    return undefined;
  }

  if (subject.channel === 'thrown' && !mayComeFromTheKit(value)) {
    return undefined;
  }

  return verdictForNumber(kit, subject, possible, member, value);
}

function verdictForNumber(
  kit: KitContext,
  subject: CodeSubject,
  possible: ReadonlySet<number>,
  member: CodeInfo | undefined,
  value: number,
): Verdict {
  const ownCode = member ?? findCode(subject.family, value);

  if (ownCode !== undefined) {
    return { compared: ownCode, kind: 'neverDelivered' };
  }

  const otherGeneration = CODE_ENUMS.map(codeEnum =>
    findCode(codeEnum.name, value),
  ).find(code => code !== undefined);

  if (otherGeneration !== undefined) {
    return wrongGeneration(kit, subject, possible, otherGeneration, false);
  }

  const otherCode = CODES.find(code => code.value === value);

  return otherCode === undefined
    ? { kind: 'unknownCode', value }
    : { compared: otherCode, kind: 'neverDelivered' };
}

function wrongGeneration(
  kit: KitContext,
  subject: CodeSubject,
  possible: ReadonlySet<number>,
  compared: CodeInfo,
  offerReplacement = true,
): Verdict {
  const namesake =
    compared.member === undefined
      ? undefined
      : findMember(subject.family, compared.member);
  const replacement =
    offerReplacement &&
    namesake !== undefined &&
    possible.has(namesake.value) &&
    existsAt(namesake, kit.apiLevel())
      ? namesake
      : undefined;

  return { compared, kind: 'wrongGeneration', replacement };
}

/** The result-enum member an expression names, found by its type. */
function enumMemberOf(
  kit: KitContext,
  node: TSESTree.Node,
): CodeInfo | undefined {
  const written = skipTypeWrappers(node);

  // `Codes.LOCKED`, or a `const` that holds a member.
  if (
    written.type !== AST_NODE_TYPES.MemberExpression &&
    written.type !== AST_NODE_TYPES.Identifier
  ) {
    return undefined;
  }

  const type = kit.services.getTypeAtLocation(written);
  const family = codeEnumOfType(type);

  return family !== undefined && type.isNumberLiteral()
    ? findCode(family, type.value)
    : undefined;
}

/**
 * Whether a number a `catch` compares with could be a code of this kit:
 * a known code, or a number shaped like one (a typo such as 1250009).
 * Other numbers may be codes of other modules called in the same `try`.
 */
function mayComeFromTheKit(value: number): boolean {
  if (UNIVERSAL_CODES.has(value)) {
    return false;
  }

  const digits = String(Math.abs(value));

  return (
    CODES.some(code => code.value === value) ||
    digits.startsWith('125') ||
    digits.startsWith('127')
  );
}

function describeCompared(code: CodeInfo): string {
  return `\`${describeCode(code)}\``;
}

/** How the message names a subject: its channel, or the throwing calls. */
function describeSubject(kit: KitContext, subject: CodeSubject): string {
  if (subject.channel === 'thrown' && subject.catcher !== undefined) {
    const names = [...new Set(apisCaughtBy(kit, subject.catcher).map(apiName))];

    return `the code of an error from ${names.map(name => `\`${name}\``).join(' or ')}`;
  }

  return subject.channel === 'thrown' || subject.channel === 'typed'
    ? 'the code'
    : `\`${getChannel(subject.channel).subject}\``;
}

import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

import type { KitContext } from './kit-context.js';

import { skipTypeWrappers, staticPropertyName } from './expressions.js';
import { soleDefinitionOf } from './variables.js';

// What the source alone tells about types. Each answer here saves a
// question to the type checker, so every one of them must be certain:
// when the syntax leaves any doubt, the answer is "not known".

const { DefinitionType } = TSESLint.Scope;

/**
 * Written types that can hold neither a kit result object nor a result
 * enum: keywords, literal types, arrays, tuples and function types.
 */
const PLAIN_TYPES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSAnyKeyword,
  AST_NODE_TYPES.TSArrayType,
  AST_NODE_TYPES.TSBigIntKeyword,
  AST_NODE_TYPES.TSBooleanKeyword,
  AST_NODE_TYPES.TSFunctionType,
  AST_NODE_TYPES.TSLiteralType,
  AST_NODE_TYPES.TSNeverKeyword,
  AST_NODE_TYPES.TSNullKeyword,
  AST_NODE_TYPES.TSNumberKeyword,
  AST_NODE_TYPES.TSObjectKeyword,
  AST_NODE_TYPES.TSStringKeyword,
  AST_NODE_TYPES.TSSymbolKeyword,
  AST_NODE_TYPES.TSTupleType,
  AST_NODE_TYPES.TSUndefinedKeyword,
  AST_NODE_TYPES.TSUnknownKeyword,
  AST_NODE_TYPES.TSVoidKeyword,
]);

/** Operators whose result is a plain number, string or boolean. */
const PLAIN_RESULT_EXPRESSIONS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.UpdateExpression,
]);

/** Whether a written type annotation is one of the plain types. */
export function isPlainTypeAnnotation(
  annotation: TSESTree.TSTypeAnnotation | undefined,
): boolean {
  return (
    annotation !== undefined && PLAIN_TYPES.has(annotation.typeAnnotation.type)
  );
}

/**
 * Whether the source shows that a value is not typed with a result enum:
 * a literal or the result of an operator, `.length`, or a variable
 * declared with a plain type, or without a type and set to a plain value
 * (its declared type is then `number` or `string`, which assignments
 * cannot narrow to an enum).
 */
export function isPlainlyNotEnum(
  kit: KitContext,
  node: TSESTree.Node,
): boolean {
  const expression = skipTypeWrappers(node);

  if (PLAIN_RESULT_EXPRESSIONS.has(expression.type)) {
    return true;
  }

  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    return staticPropertyName(expression) === 'length';
  }

  return (
    expression.type === AST_NODE_TYPES.Identifier &&
    isPlainVariable(kit, expression)
  );
}

function isPlainVariable(
  kit: KitContext,
  identifier: TSESTree.Identifier,
): boolean {
  const definition = soleDefinitionOf(kit, identifier);
  const declared = definition?.name;

  if (declared?.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }

  if (isPlainTypeAnnotation(declared.typeAnnotation)) {
    return true;
  }

  return (
    definition?.type === DefinitionType.Variable &&
    declared.typeAnnotation === undefined &&
    definition.node.id === declared &&
    definition.node.init !== null &&
    PLAIN_RESULT_EXPRESSIONS.has(skipTypeWrappers(definition.node.init).type)
  );
}

/**
 * Whether nothing around a value gives it a type to match other than a
 * plain one, so that the checker need not be asked what it expects: the
 * value starts a variable or a class field declared without a type (also
 * inside array literals and `?:` branches there), is returned from a
 * function declaration or class method without a return type or with a
 * plain one (`number`, `Promise<number>` when `async`), or is passed to a
 * function of the file whose parameter is written with a plain type.
 */
export function hasNoExpectedType(
  kit: KitContext,
  node: TSESTree.Node,
): boolean {
  let value = node;

  while (
    value.parent?.type === AST_NODE_TYPES.ArrayExpression ||
    (value.parent?.type === AST_NODE_TYPES.ConditionalExpression &&
      value.parent.test !== value)
  ) {
    value = value.parent;
  }

  const parent = value.parent;

  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === value && parent.id.typeAnnotation === undefined;
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === value && parent.typeAnnotation === undefined;
    case AST_NODE_TYPES.ReturnStatement:
      return returnsWithoutExpectedType(parent);
    case AST_NODE_TYPES.CallExpression:
      return parent.callee !== value && takesPlainArgument(kit, parent, value);
    default:
      return false;
  }
}

/**
 * Whether a call passes an argument to a parameter written with a plain
 * type: the callee is a function declared once in the file, a `const`
 * holding an arrow or function expression, or a parameter written with a
 * function type (`report: (count: number) => void`).
 */
function takesPlainArgument(
  kit: KitContext,
  call: TSESTree.CallExpression,
  argument: TSESTree.Node,
): boolean {
  const index = call.arguments.indexOf(
    argument as TSESTree.CallExpressionArgument,
  );
  const spreadBefore = call.arguments
    .slice(0, index)
    .some(earlier => earlier.type === AST_NODE_TYPES.SpreadElement);

  if (call.callee.type !== AST_NODE_TYPES.Identifier || spreadBefore) {
    return false;
  }

  // A `this` parameter is written first but takes no argument.
  const parameter = writtenParametersOf(kit, call.callee)?.filter(
    written =>
      written.type !== AST_NODE_TYPES.Identifier || written.name !== 'this',
  )[index];

  return (
    parameter?.type === AST_NODE_TYPES.Identifier &&
    isPlainTypeAnnotation(parameter.typeAnnotation)
  );
}

/** The parameters a called name is declared with, when the file shows them. */
function writtenParametersOf(
  kit: KitContext,
  callee: TSESTree.Identifier,
): readonly TSESTree.Parameter[] | undefined {
  const definition = soleDefinitionOf(kit, callee);

  switch (definition?.type) {
    case DefinitionType.FunctionName:
      return definition.node.type === AST_NODE_TYPES.FunctionDeclaration
        ? definition.node.params
        : undefined;
    case DefinitionType.Variable: {
      const init =
        definition.parent.kind === 'const' && definition.node.init
          ? skipTypeWrappers(definition.node.init)
          : undefined;

      return init?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
        init?.type === AST_NODE_TYPES.FunctionExpression
        ? init.params
        : undefined;
    }
    case DefinitionType.Parameter: {
      const name = definition.name;
      const type =
        name.type === AST_NODE_TYPES.Identifier
          ? name.typeAnnotation?.typeAnnotation
          : undefined;

      return type?.type === AST_NODE_TYPES.TSFunctionType
        ? type.params
        : undefined;
    }
    default:
      return undefined;
  }
}

/** A `return` in a function that nothing outside gives a return type. */
function returnsWithoutExpectedType(
  statement: TSESTree.ReturnStatement,
): boolean {
  let node: TSESTree.Node | undefined = statement.parent;

  while (
    node !== undefined &&
    node.type !== AST_NODE_TYPES.FunctionDeclaration &&
    node.type !== AST_NODE_TYPES.FunctionExpression &&
    node.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    node = node.parent;
  }

  if (node === undefined) {
    return false;
  }

  const isDeclaredAlone =
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.parent.type === AST_NODE_TYPES.MethodDefinition;

  if (node.returnType === undefined) {
    return isDeclaredAlone;
  }

  return (
    isPlainTypeAnnotation(node.returnType) ||
    (node.async && isPromiseOfPlainType(node.returnType))
  );
}

/** `Promise<number>` and the like, as an `async` function's return type. */
function isPromiseOfPlainType(annotation: TSESTree.TSTypeAnnotation): boolean {
  const type = annotation.typeAnnotation;
  const [resolved] =
    type.type === AST_NODE_TYPES.TSTypeReference
      ? (type.typeArguments?.params ?? [])
      : [];

  return (
    type.type === AST_NODE_TYPES.TSTypeReference &&
    type.typeName.type === AST_NODE_TYPES.Identifier &&
    type.typeName.name === 'Promise' &&
    resolved !== undefined &&
    PLAIN_TYPES.has(resolved.type)
  );
}

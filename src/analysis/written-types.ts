import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

import type { KitContext } from './kit-context.js';

import { skipTypeWrappers } from './expressions.js';
import { soleDefinitionOf } from './variables.js';

// What the source alone tells about types. Each answer here saves a
// question to the type checker, so every one of them must be certain:
// when the syntax leaves any doubt, the answer is "not known".

const { DefinitionType } = TSESLint.Scope;

/**
 * Written types that give a value no enum to be: keywords and literal
 * types. Arrays, tuples and functions are left out, since their elements
 * and parameters can be typed with one.
 */
const SCALAR_TYPES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSAnyKeyword,
  AST_NODE_TYPES.TSBigIntKeyword,
  AST_NODE_TYPES.TSBooleanKeyword,
  AST_NODE_TYPES.TSLiteralType,
  AST_NODE_TYPES.TSNeverKeyword,
  AST_NODE_TYPES.TSNullKeyword,
  AST_NODE_TYPES.TSNumberKeyword,
  AST_NODE_TYPES.TSObjectKeyword,
  AST_NODE_TYPES.TSStringKeyword,
  AST_NODE_TYPES.TSSymbolKeyword,
  AST_NODE_TYPES.TSUndefinedKeyword,
  AST_NODE_TYPES.TSUnknownKeyword,
  AST_NODE_TYPES.TSVoidKeyword,
]);

/**
 * Written types that can hold neither a kit result object nor a result
 * enum: the scalar ones, arrays, tuples and function types.
 */
const PLAIN_TYPES: ReadonlySet<AST_NODE_TYPES> = new Set([
  ...SCALAR_TYPES,
  AST_NODE_TYPES.TSArrayType,
  AST_NODE_TYPES.TSFunctionType,
  AST_NODE_TYPES.TSTupleType,
]);

/**
 * Written types that no narrowing can turn into a numeric enum. `number`,
 * `any` and `unknown` are left out: a type guard or a comparison with a
 * constant can narrow them to one.
 */
const NON_NUMERIC_TYPES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSBigIntKeyword,
  AST_NODE_TYPES.TSBooleanKeyword,
  AST_NODE_TYPES.TSNeverKeyword,
  AST_NODE_TYPES.TSNullKeyword,
  AST_NODE_TYPES.TSStringKeyword,
  AST_NODE_TYPES.TSSymbolKeyword,
  AST_NODE_TYPES.TSUndefinedKeyword,
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
 * a literal or the result of an operator, or a variable declared with a
 * type no narrowing can make numeric (`string`, `boolean`…), or without a
 * type and set to a string or a boolean.
 */
export function isPlainlyNotEnum(
  kit: KitContext,
  node: TSESTree.Node,
): boolean {
  const expression = skipTypeWrappers(node);

  if (PLAIN_RESULT_EXPRESSIONS.has(expression.type)) {
    return true;
  }

  return (
    expression.type === AST_NODE_TYPES.Identifier &&
    isNonNumericVariable(kit, expression)
  );
}

function isNonNumericVariable(
  kit: KitContext,
  identifier: TSESTree.Identifier,
): boolean {
  const definition = soleDefinitionOf(kit, identifier);
  const declared = definition?.name;

  if (declared?.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }

  if (declared.typeAnnotation !== undefined) {
    return NON_NUMERIC_TYPES.has(declared.typeAnnotation.typeAnnotation.type);
  }

  const init =
    definition?.type === DefinitionType.Variable &&
    definition.node.id === declared
      ? definition.node.init
      : null;

  // `let x = null` would let the type grow with later assignments.
  return (
    init?.type === AST_NODE_TYPES.TemplateLiteral ||
    (init?.type === AST_NODE_TYPES.Literal &&
      (typeof init.value === 'string' || typeof init.value === 'boolean'))
  );
}

/**
 * Whether nothing around a value gives it a type to match other than a
 * scalar one, so that the checker need not be asked what it expects: the
 * value starts a variable declared without a type, or a field of a class
 * declaration declared without one (also inside array literals and `?:`
 * branches there), is returned from a function declaration or class
 * method (not a getter) without a return type or with a scalar one
 * (`number`, `Promise<number>` when `async`), or is passed to a function
 * of the file whose parameter is written with a scalar type.
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
      return (
        parent.value === value &&
        parent.typeAnnotation === undefined &&
        parent.parent.parent.type === AST_NODE_TYPES.ClassDeclaration
      );
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
    isScalarTypeAnnotation(parameter.typeAnnotation)
  );
}

function isScalarTypeAnnotation(
  annotation: TSESTree.TSTypeAnnotation | undefined,
): boolean {
  return (
    annotation !== undefined && SCALAR_TYPES.has(annotation.typeAnnotation.type)
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
      // A written type or a cast would decide the parameters instead.
      const init =
        definition.parent.kind === 'const' &&
        definition.node.id.typeAnnotation === undefined
          ? definition.node.init
          : null;

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

  // A getter takes the type of its setter's parameter.
  const isDeclaredAlone =
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    (node.parent.type === AST_NODE_TYPES.MethodDefinition &&
      node.parent.kind !== 'get');

  if (node.returnType === undefined) {
    return isDeclaredAlone;
  }

  return (
    isScalarTypeAnnotation(node.returnType) ||
    (node.async && isPromiseOfScalarType(node.returnType))
  );
}

/** `Promise<number>` and the like, as an `async` function's return type. */
function isPromiseOfScalarType(annotation: TSESTree.TSTypeAnnotation): boolean {
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
    SCALAR_TYPES.has(resolved.type)
  );
}

import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, ASTUtils, TSESLint } from '@typescript-eslint/utils';

import type { KitContext } from './kit-context.js';

import {
  isFunctionNode,
  skipTypeWrappers,
  staticPropertyName,
} from './expressions.js';
import { forEachNode } from './traverse.js';

/** One thing a file does with an object held in a variable or property. */
export type InstanceUse =
  | {
      /** The object is passed on, returned or stored elsewhere. */
      readonly kind: 'handOver';
      readonly node: TSESTree.Node;
    }
  | {
      /** A method of the object is called: `instance.on(…)`. */
      readonly kind: 'methodCall';
      readonly method: string;
      readonly node: TSESTree.CallExpression;
    }
  | {
      /**
       * A value is put where the object is held: a declaration, an
       * assignment, a class field's initialiser or a parameter property.
       */
      readonly kind: 'store';
      readonly node: TSESTree.Node;
      /**
       * The value stored, or undefined when it cannot be told: a
       * destructuring, a parameter property, or a holder further up the
       * path being replaced (`this.session = …` for `this.session.auth`).
       */
      readonly value: TSESTree.Node | undefined;
    };

/** An object as a file holds it, and everything the file does with it. */
export interface TrackedInstance {
  /**
   * Whether the holder is a parameter, or hangs off one (`session.auth`
   * with `session` a parameter): the object then comes from the caller.
   */
  readonly isParameter: boolean;
  /** How the holder is written: `auth`, `this.auth`, `session.auth`. */
  readonly text: string;
  /** What the file does with it, in source order. */
  readonly uses: readonly InstanceUse[];
}

/** Where `this` means the same object: a class body, or a function. */
type ThisOwner = TSESTree.ClassBody | TSESTree.FunctionLike;

/**
 * Finds what a file does with the object an expression reads from a
 * variable (`auth`) or from a path of named properties (`this.auth`,
 * `session.auth`). Every other expression gives undefined.
 *
 * - A variable is followed through its references in the scope analysis.
 * - A path rooted at `this` is followed through the class (or function)
 *   `this` belongs to, including field initialisers and the constructor's
 *   parameter properties; a path rooted at a variable, through that
 *   variable's references.
 */
export function trackInstance(
  kit: KitContext,
  expression: TSESTree.Node,
): TrackedInstance | undefined {
  const path: string[] = [];
  let root = skipTypeWrappers(expression);

  while (root.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(root);

    if (name === undefined) {
      return undefined;
    }

    path.unshift(name);
    root = skipTypeWrappers(root.object);
  }

  if (root.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(kit.sourceCode.getScope(root), root);

    return variable === null
      ? undefined
      : {
          isParameter: variable.defs.some(
            definition =>
              definition.type === TSESLint.Scope.DefinitionType.Parameter,
          ),
          text: [root.name, ...path].join('.'),
          uses: inSourceOrder(usesThroughVariable(variable, path)),
        };
  }

  const owner =
    root.type === AST_NODE_TYPES.ThisExpression && path.length > 0
      ? thisOwnerOf(root)
      : undefined;

  return owner === undefined
    ? undefined
    : {
        isParameter: false,
        text: ['this', ...path].join('.'),
        uses: inSourceOrder(usesThroughThis(kit, owner, path)),
      };
}

/**
 * Tells whether one node's code has run by the time another's runs: it
 * ends first, and sits directly in the function that holds the later node
 * or in one around it. Code inside a function defined earlier does not
 * count, since that function may run later or never; nor does a class
 * field's initialiser, which runs when the object is made, and other
 * methods may run between that and a later call.
 */
export function runsBefore(
  earlier: TSESTree.Node,
  later: TSESTree.Node,
): boolean {
  if (earlier.range[1] > later.range[0]) {
    return false;
  }

  const unit = runningUnitOf(earlier);

  return (
    unit === undefined ||
    (unit.range[0] <= later.range[0] && later.range[1] <= unit.range[1])
  );
}

function inSourceOrder(uses: InstanceUse[]): InstanceUse[] {
  return uses.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** The uses of a variable, or of a property path starting at it. */
function usesThroughVariable(
  variable: TSESLint.Scope.Variable,
  path: readonly string[],
): InstanceUse[] {
  const uses: InstanceUse[] = [];

  for (const reference of variable.references) {
    if (reference.isWrite()) {
      uses.push(storeOfReference(reference, path));
    } else {
      collectUse(reference.identifier, path, uses);
    }
  }

  return uses;
}

/** A write to a variable, as a store of the tracked object. */
function storeOfReference(
  reference: TSESLint.Scope.Reference,
  path: readonly string[],
): InstanceUse {
  const identifier = reference.identifier;
  const parent = identifier.parent;
  const direct =
    (parent.type === AST_NODE_TYPES.VariableDeclarator &&
      parent.id === identifier) ||
    (parent.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.left === identifier);

  return {
    kind: 'store',
    node: direct ? parent : identifier,
    // Replacing the variable a path starts at replaces the whole path.
    value:
      direct && path.length === 0 && reference.writeExpr
        ? reference.writeExpr
        : undefined,
  };
}

/** The uses of a path of properties rooted at `this`. */
function usesThroughThis(
  kit: KitContext,
  owner: ThisOwner,
  path: readonly string[],
): InstanceUse[] {
  const uses: InstanceUse[] = [];

  forEachNode(kit, owner, node => {
    if (
      node.type === AST_NODE_TYPES.ThisExpression &&
      thisOwnerOf(node) === owner
    ) {
      collectUse(node, path, uses);
    }

    return undefined;
  });

  if (owner.type === AST_NODE_TYPES.ClassBody && path.length === 1) {
    uses.push(...classMemberStoresOf(owner, path[0] ?? ''));
  }

  return uses;
}

/**
 * Field initialisers and constructor parameter properties that put a value
 * in an instance property.
 */
function classMemberStoresOf(
  body: TSESTree.ClassBody,
  name: string,
): InstanceUse[] {
  const stores: InstanceUse[] = [];

  for (const member of body.body) {
    if (
      (member.type === AST_NODE_TYPES.PropertyDefinition ||
        member.type === AST_NODE_TYPES.AccessorProperty) &&
      !member.static &&
      !member.computed &&
      member.key.type === AST_NODE_TYPES.Identifier &&
      member.key.name === name &&
      member.value !== null
    ) {
      stores.push({ kind: 'store', node: member, value: member.value });
    }

    if (
      member.type === AST_NODE_TYPES.MethodDefinition &&
      member.kind === 'constructor'
    ) {
      for (const parameter of member.value.params) {
        if (
          parameter.type === AST_NODE_TYPES.TSParameterProperty &&
          parameterPropertyName(parameter) === name
        ) {
          stores.push({ kind: 'store', node: parameter, value: undefined });
        }
      }
    }
  }

  return stores;
}

function parameterPropertyName(property: TSESTree.TSParameterProperty): string {
  return property.parameter.type === AST_NODE_TYPES.AssignmentPattern
    ? property.parameter.left.name
    : property.parameter.name;
}

/**
 * Follows a read of the root of a path (`this`, or a variable) up through
 * the named properties, and records what the code does at the end of the
 * path, or to a holder on the way that it replaces or hands over.
 */
function collectUse(
  root: TSESTree.Node,
  path: readonly string[],
  uses: InstanceUse[],
): void {
  let node = root;

  for (let depth = 0; ; depth++) {
    const outer = outermostWrapperOf(node);
    const parent = outer.parent;

    if (
      parent?.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === outer
    ) {
      const name = staticPropertyName(parent);

      if (depth < path.length) {
        if (name !== path[depth]) {
          return;
        }

        node = parent;
        continue;
      }

      const call = parent.parent;

      if (
        name !== undefined &&
        call.type === AST_NODE_TYPES.CallExpression &&
        call.callee === parent
      ) {
        uses.push({ kind: 'methodCall', method: name, node: call });
      }

      return;
    }

    if (
      parent?.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.left === outer
    ) {
      uses.push({
        kind: 'store',
        node: parent,
        value:
          depth === path.length && STORING_OPERATORS.has(parent.operator)
            ? parent.right
            : undefined,
      });
    } else if (isHandedOver(outer)) {
      uses.push({ kind: 'handOver', node: outer });
    }

    return;
  }
}

/** Assignments after which the holder holds the value on the right. */
const STORING_OPERATORS: ReadonlySet<string> = new Set(['=', '??=', '||=']);

/**
 * Whether the value of an expression goes where other code can reach it:
 * an argument, a returned or yielded value, the right side of an
 * assignment, an initialiser, an element or property of a literal, or a
 * branch of `?:`, `&&`, `||` or `??` whose value is used further on.
 */
function isHandedOver(node: TSESTree.Node): boolean {
  const parent = node.parent;

  switch (parent?.type) {
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.SpreadElement:
    case AST_NODE_TYPES.YieldExpression:
      return true;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee !== node;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === node;
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
    case AST_NODE_TYPES.LogicalExpression:
      return parent.right === node;
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test !== node;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === node;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === node;
    default:
      return false;
  }
}

/** Climbs out of the wrappers that leave a value as it is. */
function outermostWrapperOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;

  while (
    current.parent !== undefined &&
    WRAPPER_TYPES.has(current.parent.type) &&
    (current.parent as { expression?: unknown }).expression === current
  ) {
    current = current.parent;
  }

  return current;
}

const WRAPPER_TYPES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/**
 * What `this` refers to at a node: the class whose instance methods,
 * fields and constructor share it, or the plain function that binds it.
 * Arrow functions see through to the outside. Module-level `this` and the
 * `this` of static members give undefined.
 */
function thisOwnerOf(node: TSESTree.Node): ThisOwner | undefined {
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression: {
        const member = current.parent;

        return member.type === AST_NODE_TYPES.MethodDefinition &&
          member.value === current
          ? member.static
            ? undefined
            : member.parent
          : current;
      }
      case AST_NODE_TYPES.AccessorProperty:
      case AST_NODE_TYPES.PropertyDefinition:
        return current.static ? undefined : current.parent;
      case AST_NODE_TYPES.StaticBlock:
      case AST_NODE_TYPES.Program:
        return undefined;
      default:
        break;
    }
  }

  return undefined;
}

/**
 * The code a node runs as part of: the nearest function, or the class
 * member whose initialiser holds it. Undefined at module level.
 */
function runningUnitOf(node: TSESTree.Node): TSESTree.Node | undefined {
  for (
    let current: TSESTree.Node | undefined = node;
    current;
    current = current.parent
  ) {
    if (
      isFunctionNode(current) ||
      current.type === AST_NODE_TYPES.AccessorProperty ||
      current.type === AST_NODE_TYPES.PropertyDefinition ||
      current.type === AST_NODE_TYPES.StaticBlock
    ) {
      return current;
    }
  }

  return undefined;
}

import type { TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { KIT_MODULE_SPECIFIERS } from './kit-declarations.js';

/**
 * The parts of a program the import walk uses that TypeScript keeps
 * internal. Both exist from TypeScript 5.3; when either is missing the walk
 * gives up and assumes the file may reach the kit.
 */
interface ProgramWithResolution extends ts.Program {
  getResolvedModuleFromModuleSpecifier?: (
    specifier: ts.StringLiteralLike,
    sourceFile: ts.SourceFile,
  ) => ts.ResolvedModuleWithFailedLookupLocations | undefined;
}

interface SourceFileWithImports extends ts.SourceFile {
  imports?: readonly ts.StringLiteralLike[];
}

/**
 * Files known not to reach the kit, per program. It only remembers what a
 * complete walk proved, so every answer equals a fresh walk's.
 */
const filesProvenOutside = new WeakMap<ts.Program, Set<string>>();

/**
 * Tells whether a file can see anything of the kit: it imports a kit module
 * itself, or imports a module of the program that does, at any depth. No
 * type-checker call is made, so files that fail here cost the rules nothing.
 */
export function fileReachesKit(
  program: ts.Program,
  ast: TSESTree.Program,
  fileName: string,
): boolean {
  const specifiers = moduleSpecifiersOf(ast);

  if (specifiers.some(specifier => KIT_MODULE_SPECIFIERS.has(specifier))) {
    return true;
  }

  if (specifiers.length === 0) {
    return false;
  }

  const sourceFile = program.getSourceFile(fileName);

  return sourceFile === undefined || importsReachKit(program, sourceFile);
}

/** The module specifiers a file names in imports and re-exports. */
function moduleSpecifiersOf(ast: TSESTree.Program): string[] {
  const specifiers: string[] = [];

  for (const statement of ast.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ImportDeclaration:
      case AST_NODE_TYPES.ExportAllDeclaration:
        specifiers.push(statement.source.value);
        break;
      case AST_NODE_TYPES.ExportNamedDeclaration:
        if (statement.source !== null) {
          specifiers.push(statement.source.value);
        }
        break;
      case AST_NODE_TYPES.TSImportEqualsDeclaration:
        if (
          statement.moduleReference.type ===
          AST_NODE_TYPES.TSExternalModuleReference
        ) {
          specifiers.push(statement.moduleReference.expression.value);
        }
        break;
      default:
        break;
    }
  }

  return specifiers;
}

/** Walks the program's import graph from a file, looking for the kit. */
function importsReachKit(program: ts.Program, start: ts.SourceFile): boolean {
  const withResolution = program as ProgramWithResolution;
  const resolve = withResolution.getResolvedModuleFromModuleSpecifier;
  const provenOutside = provenOutsideFor(program);

  if (resolve === undefined) {
    return true;
  }

  const visited = new Set<string>();
  const pending: SourceFileWithImports[] = [start];

  for (let file = pending.pop(); file; file = pending.pop()) {
    if (visited.has(file.fileName) || provenOutside.has(file.fileName)) {
      continue;
    }

    visited.add(file.fileName);

    if (file.imports === undefined) {
      return true;
    }

    for (const specifier of file.imports) {
      if (KIT_MODULE_SPECIFIERS.has(specifier.text)) {
        return true;
      }

      const resolved = resolve.call(program, specifier, file)?.resolvedModule;
      const target =
        resolved && program.getSourceFile(resolved.resolvedFileName);

      if (target) {
        pending.push(target);
      }
    }
  }

  // The walk saw everything these files import and found no kit module.
  for (const fileName of visited) {
    provenOutside.add(fileName);
  }

  return false;
}

function provenOutsideFor(program: ts.Program): Set<string> {
  let files = filesProvenOutside.get(program);

  if (files === undefined) {
    files = new Set();
    filesProvenOutside.set(program, files);
  }

  return files;
}

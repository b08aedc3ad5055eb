import type { TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { KIT_MODULE_SPECIFIERS } from './kit-declarations.js';

/**
 * The parts of a program the import walk uses that TypeScript keeps
 * internal: from TypeScript 5.3 the program resolves a specifier; before
 * (the ArkTS compiler is 4.9) each source file keeps its own resolutions.
 * When neither exists the walk gives up and assumes the file may reach the
 * kit.
 */
interface ProgramWithResolution extends ts.Program {
  getResolvedModuleFromModuleSpecifier?: (
    specifier: ts.StringLiteralLike,
    sourceFile: ts.SourceFile,
  ) => ts.ResolvedModuleWithFailedLookupLocations | undefined;
}

interface SourceFileWithImports extends ts.SourceFile {
  imports?: readonly ts.StringLiteralLike[];
  resolvedModules?: {
    get(name: string, mode: undefined): ts.ResolvedModuleFull | undefined;
  };
}

type ImportResolver = (
  specifier: ts.StringLiteralLike,
  file: SourceFileWithImports,
) => ts.ResolvedModuleFull | undefined;

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
  const resolveWithProgram =
    withResolution.getResolvedModuleFromModuleSpecifier;
  const resolve: ImportResolver | undefined =
    resolveWithProgram !== undefined
      ? (specifier, file) =>
          resolveWithProgram.call(program, specifier, file)?.resolvedModule
      : (start as SourceFileWithImports).resolvedModules === undefined
        ? undefined
        : (specifier, file) =>
            file.resolvedModules?.get(specifier.text, undefined);
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

      const resolved = resolve(specifier, file);
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

// Shared by the reliability tests: one typed Linter with every rule of the
// plugin on, linting text as a file of the fixture project, and a type
// check of texts written into a temporary copy of that project.
import type { ESLint, Linter as LinterTypes } from 'eslint';

import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

import plugin from '../../src/index.js';
import { FIXTURES_DIR } from '../rule-tester.js';

export const ROOT = path.join(import.meta.dirname, '..', '..');

/** The file every snippet is linted as, unless a test says otherwise. */
export const SNIPPET_FILE = path.join(FIXTURES_DIR, 'file.ts');

/** Every rule of the plugin, on, with its default options. */
export const ALL_RULES = plugin.configs.all[0]
  ?.rules as LinterTypes.RulesRecord;

export interface LintOptions {
  readonly filePath?: string;
  readonly rules?: LinterTypes.RulesRecord;
  readonly settings?: Record<string, unknown>;
  readonly tsconfigRootDir?: string;
}

/** The flat config the reliability tests lint with. */
export function configFor(options: LintOptions = {}): LinterTypes.Config[] {
  return [
    {
      files: ['**/*.ts'],
      languageOptions: {
        parser,
        parserOptions: {
          projectService: true,
          tsconfigRootDir: options.tsconfigRootDir ?? FIXTURES_DIR,
        },
      },
      // typescript-eslint's plugin type and ESLint's differ in readonly.
      plugins: { userauth: plugin as unknown as ESLint.Plugin },
      rules: options.rules ?? ALL_RULES,
      settings: options.settings ?? {},
    },
  ];
}

const linter = new Linter();

/** Lints a text with types; the linter and the program are reused. */
export function lintText(
  text: string,
  options: LintOptions = {},
): LinterTypes.LintMessage[] {
  return linter.verify(
    text,
    configFor(options),
    options.filePath ?? SNIPPET_FILE,
  );
}

/** Applies every autofix, in as many passes as ESLint would take. */
export function fixText(
  text: string,
  options: LintOptions = {},
): LinterTypes.FixReport {
  return linter.verifyAndFix(
    text,
    configFor(options),
    options.filePath ?? SNIPPET_FILE,
  );
}

/**
 * Applies every suggestion of every message at once, skipping those that
 * overlap one already applied (as ESLint merges fixes).
 */
export function applySuggestions(
  text: string,
  messages: readonly LinterTypes.LintMessage[],
): { applied: number; text: string } {
  const fixes = messages
    .flatMap(message => message.suggestions ?? [])
    .map(suggestion => suggestion.fix)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let applied = 0;

  for (const fix of fixes) {
    if (fix.range[0] < cursor) {
      continue;
    }

    output += text.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
    applied += 1;
  }

  return { applied, text: output + text.slice(cursor) };
}

/**
 * A temporary copy of the fixture project and the stand-in SDK, laid out
 * as in the repository so the project's `paths` still resolve.
 */
export function copyFixtures(): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'userauth-fixed-'));

  fs.cpSync(FIXTURES_DIR, path.join(target, 'tests', 'fixtures'), {
    recursive: true,
  });
  fs.cpSync(path.join(ROOT, 'sdk'), path.join(target, 'sdk'), {
    recursive: true,
  });

  return path.join(target, 'tests', 'fixtures');
}

/**
 * Type-checks files with the options of the tsconfig in `projectDir`,
 * and returns each file's diagnostics as `code: message`, without
 * positions, so a text and its fixed version can be compared.
 */
export function typeErrorsOf(
  projectDir: string,
  files: readonly string[],
): Map<string, string[]> {
  const configFile = path.join(projectDir, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, file =>
    ts.sys.readFile(file),
  ) as { config: unknown };
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, projectDir);
  const program = ts.createProgram(files, parsed.options);
  const errors = new Map<string, string[]>(files.map(file => [file, []]));

  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? '';
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');

    errors.get(path.resolve(file))?.push(`TS${diagnostic.code}: ${text}`);
  }

  return errors;
}

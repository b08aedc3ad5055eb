// Twin tests: each rule gives the same findings on an .ets page (ArkTS
// parser, embedded SDK) as on its .ts twin (typescript-eslint's parser and
// TypeScript), inside struct methods and build() closures too.
import type { Linter } from 'eslint';

import tsParser from '@typescript-eslint/parser';
import { Linter as Linter10 } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { rules } from '../../src/rules/index.js';
import { FIXTURES_DIR } from '../rule-tester.js';
import { etsParser } from './ets-parser.js';

const TWINS_DIR = path.join(FIXTURES_DIR, 'ets-twins');
const PAIRS = ['Wallet'];

interface Finding {
  readonly ruleId: string | null;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number | undefined;
}

function lint(
  file: string,
  rule: string,
  languageOptions: Linter.LanguageOptions,
): Finding[] {
  const linter = new Linter10();
  const messages = linter.verify(
    fs.readFileSync(file, 'utf8'),
    [
      {
        files: ['**/*.ts', '**/*.ets'],
        languageOptions,
        plugins: { userauth: plugin as never },
        rules: { [`userauth/${rule}`]: 'error' },
      },
    ],
    file,
  );

  return messages.map(message => ({
    ruleId: message.ruleId,
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
  }));
}

describe.each(PAIRS)('the %s twins', name => {
  const etsFile = path.join(TWINS_DIR, `${name}.ets`);
  const tsFile = path.join(TWINS_DIR, `${name}.ts`);

  it.each(Object.keys(rules))('%s finds the same on both', rule => {
    const fromEts = lint(etsFile, rule, { parser: etsParser });
    const fromTs = lint(tsFile, rule, {
      parser: tsParser,
      parserOptions: { projectService: true, tsconfigRootDir: TWINS_DIR },
    });

    expect(fromEts.filter(finding => finding.ruleId === null)).toEqual([]);
    expect(fromTs.length).toBeGreaterThan(0);
    expect(fromEts).toEqual(fromTs);
  });
});

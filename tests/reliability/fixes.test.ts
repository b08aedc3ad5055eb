// Every autofix and every suggestion, applied to the rule tests' code and
// to generated handlers, must give code that TypeScript accepts (no type
// error the original did not have), and a second --fix pass must change
// nothing.
import type { Linter } from 'eslint';

import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

import { FIXTURES_DIR } from '../rule-tester.js';
import { generateFile, handlerSpec } from './generate-handlers.js';
import {
  applySuggestions,
  copyFixtures,
  fixText,
  lintText,
  typeErrorsOf,
} from './harness.js';

/** A rule test case as the rule test files declare it. */
interface RecordedCase {
  readonly rule: string;
  readonly code: string;
  readonly options?: unknown[];
  readonly settings?: Record<string, unknown>;
  readonly tsconfigRootDir?: string;
}

const recorded: RecordedCase[] = [];

// The rule test files run their cases through this tester: record them
// instead, to lint and fix them here.
vi.mock('../rule-tester.js', async importOriginal => {
  const original = await importOriginal<typeof import('../rule-tester.js')>();

  type Case =
    | string
    | {
        code: string;
        options?: unknown[];
        settings?: Record<string, unknown>;
        languageOptions?: {
          parserOptions?: { tsconfigRootDir?: string };
        };
      };

  return {
    ...original,
    createTypedRuleTester: () => ({
      run(rule: string, _: unknown, tests: { valid: Case[]; invalid: Case[] }) {
        for (const test of [...tests.valid, ...tests.invalid]) {
          const each = typeof test === 'string' ? { code: test } : test;
          const tsconfigRootDir =
            each.languageOptions?.parserOptions?.tsconfigRootDir;

          recorded.push({
            rule,
            code: each.code,
            ...(each.options === undefined ? {} : { options: each.options }),
            ...(each.settings === undefined ? {} : { settings: each.settings }),
            ...(tsconfigRootDir === undefined ? {} : { tsconfigRootDir }),
          });
        }
      },
    }),
  };
});

const RULE_TEST_DIR = path.join(import.meta.dirname, '..', 'rules');

// Loading a rule test file records its cases (a file's other suites, such
// as the catalogue check of no-deprecated-api, run here once more).
for (const file of fs.readdirSync(RULE_TEST_DIR).sort()) {
  await import(path.join(RULE_TEST_DIR, file));
}

/** One text to type-check next to the text it was fixed from. */
interface Variant {
  readonly label: string;
  readonly original: string;
  readonly fixed: string;
  readonly projectDir: string;
}

/**
 * Writes each original and fixed text as its own module into the copied
 * project and returns the type errors a fix added.
 */
function addedTypeErrors(variants: readonly Variant[]): string[] {
  const copy = copyFixtures();
  const byProject = new Map<string, { file: string; variant: Variant }[]>();
  const write = (dir: string, name: string, text: string): string => {
    const file = path.join(dir, name);

    // `export {}` keeps each text a module, with its own scope.
    fs.writeFileSync(file, `${text}\nexport {};\n`);

    return file;
  };

  variants.forEach((variant, index) => {
    const relative = path.relative(FIXTURES_DIR, variant.projectDir);
    const dir = path.join(copy, relative);
    const entries = byProject.get(dir) ?? [];

    entries.push(
      {
        file: write(dir, `variant-${index}-original.ts`, variant.original),
        variant,
      },
      { file: write(dir, `variant-${index}-fixed.ts`, variant.fixed), variant },
    );
    byProject.set(dir, entries);
  });

  const added: string[] = [];

  for (const [dir, entries] of byProject) {
    const errors = typeErrorsOf(
      dir,
      entries.map(entry => entry.file),
    );

    for (let index = 0; index < entries.length; index += 2) {
      const before = [...(errors.get(entries[index]?.file ?? '') ?? [])];
      const after = errors.get(entries[index + 1]?.file ?? '') ?? [];

      for (const error of after) {
        const at = before.indexOf(error);

        if (at === -1) {
          added.push(`${entries[index]?.variant.label ?? ''}: ${error}`);
        } else {
          before.splice(at, 1);
        }
      }
    }
  }

  return added;
}

describe('fixes of the rule test cases', () => {
  it('type-check, and a second --fix pass changes nothing', () => {
    expect(recorded.length).toBeGreaterThan(100);

    const variants: Variant[] = [];
    const unstable: string[] = [];
    let suggestions = 0;

    recorded.forEach((test, index) => {
      const options = {
        rules: {
          [`userauth/${test.rule}`]: [
            'error',
            ...(test.options ?? []),
          ] as Linter.RuleEntry,
        },
        settings: test.settings ?? {},
        tsconfigRootDir: test.tsconfigRootDir ?? FIXTURES_DIR,
        filePath: path.join(test.tsconfigRootDir ?? FIXTURES_DIR, 'file.ts'),
      };
      const label = `${test.rule} case ${index}`;
      const projectDir = options.tsconfigRootDir;
      const fixed = fixText(test.code, options);

      if (fixed.fixed) {
        variants.push({
          label,
          original: test.code,
          fixed: fixed.output,
          projectDir,
        });

        if (fixText(fixed.output, options).fixed) {
          unstable.push(label);
        }
      }

      // Each suggestion on its own, as an editor applies it.
      for (const message of lintText(test.code, options)) {
        for (const suggestion of message.suggestions ?? []) {
          const { fix } = suggestion;

          suggestions += 1;
          variants.push({
            label: `${label}, suggestion "${suggestion.desc}"`,
            original: test.code,
            fixed:
              test.code.slice(0, fix.range[0]) +
              fix.text +
              test.code.slice(fix.range[1]),
            projectDir,
          });
        }
      }
    });

    if (process.env.RELIABILITY_REPORT !== undefined) {
      process.stdout.write(
        `rule test cases: ${recorded.length}, fixed texts: ${variants.length}, suggestions: ${suggestions}\n`,
      );
    }
    expect(suggestions).toBeGreaterThan(0);
    expect(unstable).toEqual([]);
    expect(addedTypeErrors(variants)).toEqual([]);
  });
});

describe('fixes of generated handlers', () => {
  it('type-check, fix the handlers, and a second --fix pass changes nothing', () => {
    const corpora = fc
      .sample(fc.array(handlerSpec, { minLength: 80, maxLength: 80 }), {
        seed: 42,
        numRuns: 3,
      })
      .map(specs => generateFile(specs));
    const variants: Variant[] = [];
    let applied = 0;

    for (const [index, corpus] of corpora.entries()) {
      const messages = lintText(corpus.text);
      const fixed = fixText(corpus.text);
      const suggested = applySuggestions(corpus.text, messages);

      expect(fixed.fixed).toBe(
        messages.some(message => message.fix !== undefined),
      );
      expect(fixText(fixed.output).fixed).toBe(false);
      applied += suggested.applied;

      // Once the suggested checks are in, no handler misses a code.
      const after = lintText(suggested.text).filter(message =>
        /handle-(result|thrown)-codes/u.test(message.ruleId ?? ''),
      );

      expect(after).toEqual([]);
      variants.push(
        {
          label: `corpus ${index}, autofixed`,
          original: corpus.text,
          fixed: fixed.output,
          projectDir: FIXTURES_DIR,
        },
        {
          label: `corpus ${index}, suggestions applied`,
          original: corpus.text,
          fixed: suggested.text,
          projectDir: FIXTURES_DIR,
        },
      );
    }

    expect(applied).toBeGreaterThan(100);
    expect(addedTypeErrors(variants)).toEqual([]);

    // The generated code itself type-checks: the check above compares
    // against a clean original.
    const copy = copyFixtures();
    const originals = corpora.map((corpus, index) => {
      const file = path.join(copy, `corpus-${index}.ts`);

      fs.writeFileSync(file, corpus.text);

      return file;
    });

    expect([...typeErrorsOf(copy, originals).values()].flat()).toEqual([]);
  });
});

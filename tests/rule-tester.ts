import { RuleTester } from '@typescript-eslint/rule-tester';
import path from 'node:path';

/** The folder of the fixture project typed tests run in. */
export const FIXTURES_DIR = path.join(import.meta.dirname, 'fixtures');

/** A fixture project where the kit's modules do not resolve. */
export const NO_SDK_DIR = path.join(FIXTURES_DIR, 'no-sdk');

/**
 * A rule tester with type information: snippets are linted as
 * `tests/fixtures/file.ts`, in a project that maps the kit's modules to
 * the stand-in declarations in `sdk/`.
 */
export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: FIXTURES_DIR,
      },
    },
  });
}

import type { Linter } from 'eslint';

import parser from '@typescript-eslint/parser';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint9';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';

const EXAMPLE_DIR = path.join(import.meta.dirname, '..', 'examples');
const CONFIG_NAMES = ['all', 'recommended', 'strict'] as const;

// A handler that tests one code, with a magic number, linted in place of a file of the example
// app: the project service only serves files its tsconfig includes.
const SNIPPET = `
import { userAuth } from '@kit.UserAuthenticationKit';
export function isLocked(result: userAuth.UserAuthResult): boolean {
  return result.result === 12500009;
}
`;

describe('the plugin object', () => {
  it('names itself', () => {
    expect(plugin.meta).toEqual({
      name: 'eslint-plugin-userauth',
      namespace: 'userauth',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/u) as unknown,
    });
  });

  it('registers itself in every config', () => {
    for (const name of CONFIG_NAMES) {
      expect(plugin.configs[name].name).toBe(`userauth/${name}`);
      expect(plugin.configs[name].plugins.userauth).toBe(plugin);
    }
  });

  it('turns every rule on in `all`', () => {
    expect(Object.keys(plugin.configs.all.rules).sort()).toEqual(
      Object.keys(rules)
        .map(name => `userauth/${name}`)
        .sort(),
    );
  });

  it('puts each rule in the configs its docs name', () => {
    for (const [name, rule] of Object.entries(rules)) {
      const recommended = rule.meta.docs?.recommended;

      expect(`userauth/${name}` in plugin.configs.recommended.rules).toBe(
        recommended === 'recommended',
      );
      expect(`userauth/${name}` in plugin.configs.strict.rules).toBe(
        recommended !== undefined,
      );
    }
  });
});

describe.each([
  ['ESLint 9', ESLint9],
  ['ESLint 10', ESLint10],
] as const)('with %s', (_, ESLint) => {
  it.each(CONFIG_NAMES)('loads and applies the %s config', async name => {
    const overrideConfig = [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser,
          parserOptions: {
            projectService: true,
            tsconfigRootDir: EXAMPLE_DIR,
          },
        },
      },
      plugin.configs[name],
    ] as Linter.Config[];
    const eslint = new ESLint({
      cwd: EXAMPLE_DIR,
      overrideConfigFile: true,
      overrideConfig,
    });
    const [result] = await eslint.lintText(SNIPPET, {
      filePath: path.join(EXAMPLE_DIR, 'src', 'http.ts'),
    });

    expect(result?.messages.map(message => message.ruleId)).toEqual([
      'userauth/handle-result-codes',
      'userauth/no-magic-codes',
    ]);
  });
});

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

  it('registers itself in every config, with a name for each part', () => {
    for (const name of [...CONFIG_NAMES, 'recommended-deveco'] as const) {
      for (const config of plugin.configs[name]) {
        expect(config.name).toMatch(
          new RegExp(`^userauth/${name}(/ets)?$`, 'u'),
        );
        expect(config.plugins?.userauth).toBe(plugin);
      }
    }
  });

  it('reads ArkTS files with its own parser, TypeScript files with yours', () => {
    for (const name of CONFIG_NAMES) {
      const [typescript, arkts] = plugin.configs[name];

      expect(typescript?.files).toEqual([
        '**/*.ts',
        '**/*.tsx',
        '**/*.mts',
        '**/*.cts',
      ]);
      expect(typescript?.languageOptions).toBeUndefined();
      expect(arkts?.files).toEqual(['**/*.ets']);
      expect(arkts?.languageOptions?.parser).toBe(plugin.parsers.ets);
      expect(arkts?.rules).toBe(typescript?.rules);
    }
  });

  it('turns every rule on in `all`', () => {
    expect(Object.keys(plugin.configs.all[0]?.rules ?? {}).sort()).toEqual(
      Object.keys(rules)
        .map(name => `userauth/${name}`)
        .sort(),
    );
  });

  it('puts each rule in the configs its docs name', () => {
    for (const [name, rule] of Object.entries(rules)) {
      const recommended = rule.meta.docs?.recommended;

      expect(
        `userauth/${name}` in (plugin.configs.recommended[0]?.rules ?? {}),
      ).toBe(recommended === 'recommended');
      expect(
        `userauth/${name}` in (plugin.configs.strict[0]?.rules ?? {}),
      ).toBe(recommended !== undefined);
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
      ...plugin.configs[name],
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

  it('lints an ArkTS page with recommended, and a DevEco module with recommended-deveco', async () => {
    const lint = async (
      config: readonly Linter.Config[],
      file: string,
    ): Promise<(string | null)[] | undefined> => {
      const eslint = new ESLint({
        cwd: EXAMPLE_DIR,
        overrideConfigFile: true,
        overrideConfig: [...config],
      });
      const [result] = await eslint.lintFiles([path.join(EXAMPLE_DIR, file)]);

      return result?.messages.map(message => message.ruleId);
    };

    expect(
      await lint(
        plugin.configs.recommended as Linter.Config[],
        'src/pages/Login.ets',
      ),
    ).toEqual([
      'userauth/handle-thrown-codes',
      'userauth/no-magic-codes',
      'userauth/handle-thrown-codes',
      'userauth/handle-result-codes',
      'userauth/handle-thrown-codes',
    ]);
    expect(
      await lint(
        plugin.configs['recommended-deveco'] as Linter.Config[],
        'src/payment.ts',
      ),
    ).toEqual(['userauth/no-magic-codes']);
  });
});

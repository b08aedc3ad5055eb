import type { TSESLint } from '@typescript-eslint/utils';

import { rules } from '../rules/index.js';

type RuleName = keyof typeof rules;
type RuleEntries = Partial<
  Record<`userauth/${RuleName}`, TSESLint.Linter.RuleEntry>
>;

/** The files the configs apply to, by the parser that reads them. */
const TYPESCRIPT_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const ARKTS_FILES = ['**/*.ets'];

/** The rules each config turns on, with their options. */
const RECOMMENDED_RULES: RuleEntries = {
  'userauth/handle-result-codes': 'error',
  'userauth/handle-thrown-codes': 'error',
  'userauth/no-deprecated-api': 'error',
  'userauth/no-impossible-codes': 'error',
  'userauth/no-magic-codes': 'error',
  'userauth/require-result-listener': 'error',
};

const STRICT_RULES: RuleEntries = {
  ...RECOMMENDED_RULES,
  'userauth/handle-result-codes': ['error', { requiredCodes: 'all' }],
  'userauth/handle-thrown-codes': [
    'error',
    { checkGeneralErrors: true, requiredCodes: 'all' },
  ],
};

/** A plugin object with the ArkTS parser the `.ets` configs use. */
interface PluginWithParsers extends TSESLint.FlatConfig.Plugin {
  readonly parsers: { readonly ets: TSESLint.FlatConfig.Parser };
}

type ConfigArray = TSESLint.FlatConfig.Config[];

/**
 * The configs, built around the plugin object they register. Each is an
 * array to spread into `eslint.config.*`: one object for TypeScript files,
 * which the user's typescript-eslint parser reads, and one for ArkTS
 * files, which the plugin's own parser reads. `recommended-deveco` sends
 * both kinds through the ArkTS parser, for DevEco projects that have no
 * `tsconfig.json`.
 */
export function createConfigs(plugin: PluginWithParsers) {
  const plugins = { userauth: plugin };
  const arkts = { parser: plugin.parsers.ets };
  const pair = (name: string, rules: RuleEntries): ConfigArray => [
    { name: `userauth/${name}`, files: TYPESCRIPT_FILES, plugins, rules },
    {
      name: `userauth/${name}/ets`,
      files: ARKTS_FILES,
      languageOptions: arkts,
      plugins,
      rules,
    },
  ];

  return {
    all: pair('all', allRules()),
    recommended: pair('recommended', RECOMMENDED_RULES),
    'recommended-deveco': [
      {
        name: 'userauth/recommended-deveco',
        files: [...ARKTS_FILES, '**/*.ts'],
        languageOptions: arkts,
        plugins,
        rules: RECOMMENDED_RULES,
      },
    ],
    strict: pair('strict', STRICT_RULES),
  } satisfies Record<string, ConfigArray>;
}

function allRules(): RuleEntries {
  return Object.fromEntries(
    Object.keys(rules).map(name => [`userauth/${name}`, 'error']),
  );
}

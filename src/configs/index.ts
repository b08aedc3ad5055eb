import type { TSESLint } from '@typescript-eslint/utils';

import { rules } from '../rules/index.js';

type RuleName = keyof typeof rules;
type RuleEntries = Partial<
  Record<`userauth/${RuleName}`, TSESLint.Linter.RuleEntry>
>;

/** The files the configs apply to. */
const TYPESCRIPT_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

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

/** The flat configs, built around the plugin object they register. */
export function createConfigs(plugin: TSESLint.FlatConfig.Plugin) {
  // Type-aware rules only make sense where the TypeScript parser runs.
  const base = { files: TYPESCRIPT_FILES, plugins: { userauth: plugin } };

  return {
    all: {
      ...base,
      name: 'userauth/all',
      rules: allRules(),
    },
    recommended: {
      ...base,
      name: 'userauth/recommended',
      rules: RECOMMENDED_RULES,
    },
    strict: {
      ...base,
      name: 'userauth/strict',
      rules: STRICT_RULES,
    },
  } satisfies Record<string, TSESLint.FlatConfig.Config>;
}

function allRules(): RuleEntries {
  return Object.fromEntries(
    Object.keys(rules).map(name => [`userauth/${name}`, 'error']),
  );
}

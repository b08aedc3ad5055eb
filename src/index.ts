import type { TSESLint } from '@typescript-eslint/utils';

import { createRequire } from 'node:module';

import { createConfigs } from './configs/index.js';
import { lazyEtsParser } from './parser/ets/lazy.js';
import { rules } from './rules/index.js';

export type { UserAuthSettings } from './util/api-level.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as {
  name: string;
  version: string;
};

/** The ArkTS parser, typed as ESLint sees it for the published types. */
const etsParser: TSESLint.FlatConfig.Parser = lazyEtsParser;

/** The plugin object: rules and flat configs under the `userauth` prefix. */
const plugin = {
  meta: { name, namespace: 'userauth', version },
  rules,
  parsers: { ets: etsParser },
  configs: {} as ReturnType<typeof createConfigs>,
};

// The configs register this very object, so ESLint sees one plugin whether
// a user names it directly or through a config.
plugin.configs = createConfigs(plugin);

export default plugin;

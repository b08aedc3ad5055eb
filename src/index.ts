import type { TSESLint } from '@typescript-eslint/utils';

import { createRequire } from 'node:module';

import { createConfigs } from './configs/index.js';
import { rules } from './rules/index.js';

export type { UserAuthSettings } from './util/api-level.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as {
  name: string;
  version: string;
};

const plugin = {
  meta: { name, namespace: 'userauth', version },
  rules,
};

const configs = createConfigs(plugin as TSESLint.FlatConfig.Plugin);

/** The plugin object: rules and flat configs under the `userauth` prefix. */
const userauth = { ...plugin, configs };

// The configs register the plugin object that is exported, configs and all.
Object.assign(plugin, { configs });

export default userauth;

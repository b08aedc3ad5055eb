import { ESLintUtils } from '@typescript-eslint/utils';

/** Documentation fields every rule of the plugin declares. */
export interface UserAuthRuleDocs {
  /** The configs that enable the rule, besides `all`. */
  recommended?: 'recommended' | 'strict';
  /** Every rule of the plugin needs type information. */
  requiresTypeChecking: true;
}

const DOCS_BASE =
  'https://github.com/eslint-plugin-userauth/eslint-plugin-userauth/blob/main/docs/rules';

/** Creates a rule whose docs URL points at its page in `docs/rules/`. */
export const createRule = ESLintUtils.RuleCreator<UserAuthRuleDocs>(
  name => `${DOCS_BASE}/${name}.md`,
);

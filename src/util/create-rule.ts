import type { ESLintUtils, TSESLint } from '@typescript-eslint/utils';

/** Documentation fields every rule of the plugin declares. */
export interface UserAuthRuleDocs {
  /** The configs that enable the rule, besides `all`. */
  recommended?: 'recommended' | 'strict';
  /** Every rule of the plugin needs type information. */
  requiresTypeChecking: true;
}

const DOCS_BASE =
  'https://github.com/eslint-plugin-userauth/eslint-plugin-userauth/blob/main/docs/rules';

/** A rule of the plugin, with its name. */
export type UserAuthRule<
  Options extends readonly unknown[],
  MessageIds extends string,
> = TSESLint.RuleModule<MessageIds, Options, UserAuthRuleDocs> & {
  name: string;
};

/**
 * Creates a rule whose docs URL points at its page in `docs/rules/`, and
 * whose `create` receives the options with their defaults filled in.
 *
 * ESLint (9.15 and later, the versions the plugin supports) merges
 * `meta.defaultOptions` into `context.options` itself, so the options are
 * passed on as they are: merging them again for every rule of every file
 * costs a deep copy each time, which adds up in a large project.
 */
export function createRule<
  Options extends readonly unknown[],
  MessageIds extends string,
>({
  create,
  meta,
  name,
}: Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, UserAuthRuleDocs>
>): UserAuthRule<Options, MessageIds> {
  return {
    create: context => create(context, context.options),
    meta: { ...meta, docs: { ...meta.docs, url: `${DOCS_BASE}/${name}.md` } },
    name,
  };
}

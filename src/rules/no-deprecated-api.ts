import type { TSESTree } from '@typescript-eslint/utils';

import type { ApiInfo } from '../catalogue/index.js';

import {
  constructedName,
  kitApiOfConstruction,
} from '../analysis/kit-constructions.js';
import { createKitContext } from '../analysis/kit-context.js';
import { calleeName, kitApiOfCall } from '../analysis/throwing-calls.js';
import { APIS, apiName, existsAt, findApi } from '../catalogue/index.js';
import { createRule } from '../util/create-rule.js';

export type Options = [];

export type MessageIds = 'deprecatedApi' | 'replacementNotYetAvailable';

/**
 * The entry points this rule reports: deprecated functions of a namespace
 * and deprecated constructors. Methods are left out, because the object
 * they are called on already came from a reported entry point.
 */
const ENTRY_POINTS: readonly ApiInfo[] = APIS.filter(
  api =>
    api.deprecatedSince !== undefined &&
    (api.kind === 'function' || api.kind === 'constructor'),
);

/**
 * The first level that deprecates a function of each name, and a class
 * constructor of each name: the cheap checks, made before any type lookup.
 */
const FUNCTION_DEPRECATIONS = firstDeprecationByName('function');
const CONSTRUCTOR_DEPRECATIONS = firstDeprecationByName('constructor');

export default createRule<Options, MessageIds>({
  name: 'no-deprecated-api',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Disallow calls and constructions of deprecated userAuth entry points',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    schema: [],
    messages: {
      deprecatedApi:
        '`{{api}}` is deprecated since API {{since}}; use `{{replacement}}` instead.',
      replacementNotYetAvailable:
        '`{{api}}` is deprecated since API {{since}}, and its replacement `{{replacement}}` needs API {{replacementSince}} or later.',
    },
  },
  create(context) {
    const kit = createKitContext(context);

    // A file that cannot see the kit gets no listeners: nothing in it is
    // looked at, and the type checker is never asked about it.
    if (!kit.reachesKit()) {
      return {};
    }

    function checkCall(call: TSESTree.CallExpression): void {
      const name = calleeName(call);

      if (!mayBeDeprecated(FUNCTION_DEPRECATIONS, name)) {
        return;
      }

      const api = kitApiOfCall(kit, call);

      if (api?.kind === 'function') {
        reportIfDeprecated(call.callee, api);
      }
    }

    function checkConstruction(expression: TSESTree.NewExpression): void {
      const name = constructedName(expression);

      if (!mayBeDeprecated(CONSTRUCTOR_DEPRECATIONS, name)) {
        return;
      }

      const api = kitApiOfConstruction(kit, expression);

      if (api !== undefined) {
        reportIfDeprecated(expression.callee, api);
      }
    }

    /**
     * Whether an entry point of that name can be deprecated in this file:
     * its API level is not below the first deprecation. The level is kept
     * for the file, so the checker is never reached in files that fail
     * here.
     */
    function mayBeDeprecated(
      deprecations: ReadonlyMap<string, number>,
      name: string | undefined,
    ): boolean {
      const since = name === undefined ? undefined : deprecations.get(name);

      return since !== undefined && kit.apiLevel() >= since;
    }

    function reportIfDeprecated(callee: TSESTree.Node, api: ApiInfo): void {
      const since = api.deprecatedSince;
      const apiLevel = kit.apiLevel();

      if (since === undefined || apiLevel < since) {
        return;
      }

      const replacement = replacementAt(api, apiLevel);

      // Every deprecated entry point of the catalogue names a replacement
      // it also describes (the rule's tests check this); one that did not
      // would need a message of its own rather than a guess.
      if (replacement === undefined) {
        return;
      }

      if (existsAt(replacement, apiLevel)) {
        context.report({
          node: callee,
          messageId: 'deprecatedApi',
          data: { api: apiName(api), replacement: apiName(replacement), since },
        });
      } else {
        context.report({
          node: callee,
          messageId: 'replacementNotYetAvailable',
          data: {
            api: apiName(api),
            replacement: apiName(replacement),
            replacementSince: replacement.since,
            since,
          },
        });
      }
    }

    return {
      CallExpression: checkCall,
      NewExpression: checkConstruction,
    };
  },
});

/**
 * The first level that deprecates an entry point of a kind, by the name a
 * call or `new` writes: the function's, or the class's for a constructor.
 */
function firstDeprecationByName(
  kind: ApiInfo['kind'],
): ReadonlyMap<string, number> {
  const levels = new Map<string, number>();

  for (const api of ENTRY_POINTS) {
    const name = api.kind === 'constructor' ? api.owner : api.member;

    if (api.kind === kind && name !== undefined) {
      const since = api.deprecatedSince ?? Infinity;

      levels.set(name, Math.min(levels.get(name) ?? Infinity, since));
    }
  }

  return levels;
}

/**
 * What to use instead of a deprecated entry point at an API level. The
 * catalogue names the direct successor; when that successor is itself
 * deprecated at the level, its own successor is named instead, so that
 * `getAuthenticator` at API 10 points at `getUserAuthInstance` rather
 * than at `getAuthInstance`, which is deprecated there too.
 */
function replacementAt(api: ApiInfo, apiLevel: number): ApiInfo | undefined {
  const seen = new Set<ApiInfo>([api]);
  let current = successorOf(api);

  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const next = successorOf(current);

    if (
      current.deprecatedSince === undefined ||
      apiLevel < current.deprecatedSince ||
      next === undefined
    ) {
      return current;
    }

    current = next;
  }

  return current;
}

/**
 * The catalogue entry the replacement text of an API names:
 * `getAuthInstance` for a function, `AuthInstance.start` for a method.
 */
function successorOf(api: ApiInfo): ApiInfo | undefined {
  const text = api.replacement;

  if (text === undefined) {
    return undefined;
  }

  const dot = text.indexOf('.');

  return dot === -1
    ? findApi(api.module, undefined, text)
    : findApi(api.module, text.slice(0, dot), text.slice(dot + 1));
}

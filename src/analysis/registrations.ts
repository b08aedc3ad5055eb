import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { ResultChannelId } from '../catalogue/index.js';
import type { KitContext } from './kit-context.js';

import { propertyKeyName } from './expressions.js';
import { kitApiOfCall, mayCallKitApi } from './throwing-calls.js';

/**
 * What a callback written straight into a kit registration receives:
 * - a result channel, for the callbacks that receive the outcome;
 * - `'other'`, for anything else the kit calls back (prompts, commands);
 * - `undefined` when the function is not written that way, and only its
 *   type can tell.
 */
export type RegisteredChannel = ResultChannelId | 'other' | undefined;

/**
 * Where each kit registration expects its result callback: the owner and
 * member of the API, the member name of the callback in the object, and
 * the event name that selects it, when the API takes one.
 */
const RESULT_REGISTRATIONS: readonly {
  readonly callback: string;
  readonly channel: ResultChannelId;
  readonly event?: string;
  readonly member: string;
  readonly owner: string;
}[] = [
  {
    owner: 'UserAuthInstance',
    member: 'on',
    event: 'result',
    callback: 'onResult',
    channel: 'result',
  },
  {
    owner: 'AuthInstance',
    member: 'on',
    callback: 'callback',
    channel: 'authEvent',
  },
  {
    owner: 'UserAuth',
    member: 'auth',
    callback: 'onResult',
    channel: 'legacyCallback',
  },
];

/**
 * Finds the channel of a callback from the kit call it is written into:
 * `instance.on('result', { onResult(result) {…} })`, the API 9
 * `on('result', { callback(info) {…} })` and the API 8
 * `auth(…, { onResult(code, extra) {…} })`. Knowing the call is enough,
 * so the type the checker would infer for the parameters (which means
 * resolving the call against every overload) is not needed.
 *
 * Only the object written in the argument list counts, and only when the
 * first parameter has no written type (a written type is cheap to read and
 * is read instead).
 */
export function registeredChannelOf(
  kit: KitContext,
  fn: TSESTree.FunctionLike,
): RegisteredChannel {
  return kit.remember('registeredChannelOf', fn, () =>
    findRegisteredChannel(kit, fn),
  );
}

function findRegisteredChannel(
  kit: KitContext,
  fn: TSESTree.FunctionLike,
): RegisteredChannel {
  const property = fn.parent;
  const first = fn.params[0];

  if (
    property.type !== AST_NODE_TYPES.Property ||
    property.value !== fn ||
    first?.type !== AST_NODE_TYPES.Identifier ||
    first.typeAnnotation !== undefined
  ) {
    return undefined;
  }

  const call = property.parent.parent;

  if (
    call.type !== AST_NODE_TYPES.CallExpression ||
    !call.arguments.includes(property.parent) ||
    !mayCallKitApi(call)
  ) {
    return undefined;
  }

  const api = kitApiOfCall(kit, call);

  if (api === undefined) {
    return undefined;
  }

  const registration = RESULT_REGISTRATIONS.find(
    candidate =>
      candidate.owner === api.owner && candidate.member === api.member,
  );

  // Other kit calls (`off`, say) are left to the types.
  if (registration === undefined) {
    return undefined;
  }

  if (registration.event === undefined) {
    return propertyKeyName(property) === registration.callback
      ? registration.channel
      : 'other';
  }

  // The event is known only when it is written as a string: a constant
  // or a template is left to the types.
  const [event] = call.arguments;

  if (event?.type !== AST_NODE_TYPES.Literal) {
    return undefined;
  }

  return event.value === registration.event &&
    propertyKeyName(property) === registration.callback
    ? registration.channel
    : 'other';
}

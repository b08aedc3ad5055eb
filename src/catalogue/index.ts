import type {
  ApiInfo,
  CodeEnumName,
  CodeFamily,
  CodeInfo,
  CodeSpan,
  KitModule,
  ResultChannel,
  ResultChannelId,
} from './types.js';

import { APIS } from './apis.js';
import { RESULT_CHANNELS } from './channels.js';
import { CODES } from './codes.js';

export type * from './types.js';
export { APIS, CODES, RESULT_CHANNELS };

/**
 * The newest API level the catalogue describes. Projects that state no
 * level are checked against it.
 */
export const NEWEST_API_LEVEL = 26;

/** The result enums, newest first. */
export const CODE_ENUMS: readonly {
  readonly deprecatedSince?: number;
  readonly name: CodeEnumName;
  readonly replacement?: CodeEnumName;
  readonly since: number;
}[] = [
  { name: 'UserAuthResultCode', since: 9 },
  {
    name: 'ResultCode',
    since: 8,
    deprecatedSince: 9,
    replacement: 'UserAuthResultCode',
  },
  {
    name: 'AuthenticationResult',
    since: 6,
    deprecatedSince: 8,
    replacement: 'ResultCode',
  },
];

const CODE_ENUM_NAMES: ReadonlySet<string> = new Set(
  CODE_ENUMS.map(codeEnum => codeEnum.name),
);

/** Every number that is a code of some family, for cheap syntactic checks. */
export const KNOWN_CODE_VALUES: ReadonlySet<number> = new Set(
  CODES.map(code => code.value),
);

/** Tells whether a name is one of the result enums. */
export function isCodeEnumName(name: string): name is CodeEnumName {
  return CODE_ENUM_NAMES.has(name);
}

/** The code of a family with the given value, if the family has one. */
export function findCode(
  family: CodeFamily,
  value: number,
): CodeInfo | undefined {
  return CODES.find(code => code.family === family && code.value === value);
}

/** The code an enum member names, if the enum has that member. */
export function findMember(
  family: CodeEnumName,
  member: string,
): CodeInfo | undefined {
  return CODES.find(code => code.family === family && code.member === member);
}

/** The constant names of a family, or of every result enum, sorted. */
export function constantNames(family?: CodeFamily): string[] {
  const named = CODES.filter(
    code => family === undefined || code.family === family,
  );

  return [...new Set(named.flatMap(code => code.member ?? []))].sort();
}

/** Every code of a family, in declaration order. */
export function codesOfFamily(family: CodeFamily): readonly CodeInfo[] {
  return CODES.filter(code => code.family === family);
}

/** Tells whether something introduced at `since` exists at `apiLevel`. */
export function existsAt(
  item: { readonly since?: number; readonly until?: number },
  apiLevel: number,
): boolean {
  return (
    (item.since === undefined || item.since <= apiLevel) &&
    (item.until === undefined || apiLevel <= item.until)
  );
}

/** The code values of a span list that exist at an API level. */
export function valuesAt(
  spans: readonly CodeSpan[],
  apiLevel: number,
): number[] {
  return spans.filter(span => existsAt(span, apiLevel)).map(span => span.code);
}

/**
 * Finds a kit API by where it is declared: the owning class or interface
 * (undefined for the namespace's functions) and the member name.
 */
export function findApi(
  module: KitModule,
  owner: string | undefined,
  member: string,
): ApiInfo | undefined {
  return APIS.find(
    api =>
      api.module === module && api.owner === owner && api.member === member,
  );
}

/** The codes an API documents as thrown at an API level. */
export function thrownCodes(api: ApiInfo, apiLevel: number): number[] {
  return valuesAt(api.throws, apiLevel);
}

/**
 * The codes a `catch` around an API can really receive at an API level:
 * the documented ones, narrowed to what the framework throws in practice
 * where that is known.
 */
export function catchableCodes(api: ApiInfo, apiLevel: number): number[] {
  const documented = thrownCodes(api, apiLevel);
  const inPractice = api.thrownInPractice;

  return inPractice === undefined
    ? documented
    : documented.filter(code => inPractice.includes(code));
}

/** How messages and options name an API: `start` of `UserAuthInstance`. */
export function apiName(api: ApiInfo): string {
  switch (api.kind) {
    case 'function':
      return api.member;
    case 'constructor':
      return `new ${api.owner ?? ''}`;
    case 'method':
      return `${api.owner ?? ''}.${api.member}`;
  }
}

/** A result channel by id. */
export function getChannel(id: ResultChannelId): ResultChannel {
  const channel = RESULT_CHANNELS.find(candidate => candidate.id === id);

  if (channel === undefined) {
    throw new Error(`eslint-plugin-userauth: unknown channel '${id}'.`);
  }

  return channel;
}

/** The codes a channel can deliver at an API level. */
export function deliveredCodes(
  channel: ResultChannel,
  apiLevel: number,
): number[] {
  return valuesAt(channel.delivers, apiLevel);
}

/**
 * How a code is written in messages: the qualified member and the number
 * (`UserAuthResultCode.LOCKED (12500009)`), or the number alone.
 */
export function describeCode(code: CodeInfo): string {
  return code.member === undefined
    ? String(code.value)
    : `${code.family}.${code.member} (${code.value})`;
}

// Checks the catalogue against the API fact sheet
// (/work/shared/reference/userauth-api.md). Every expected number below is
// copied from the fact sheet, not from src/, so that a slip in the
// catalogue shows up here.
import { describe, expect, it } from 'vitest';

import type {
  ApiInfo,
  CodeEnumName,
  CodeInfo,
  KitModule,
  ResultChannelId,
} from '../src/catalogue/index.js';

import {
  APIS,
  CODE_ENUMS,
  CODES,
  KNOWN_CODE_VALUES,
  NEWEST_API_LEVEL,
  RESULT_CHANNELS,
  codesOfFamily,
  deliveredCodes,
  describeCode,
  existsAt,
  findApi,
  findCode,
  findMember,
  getChannel,
  isCodeEnumName,
  thrownCodes,
  valuesAt,
} from '../src/catalogue/index.js';

/** Numbers in ascending order, so lists compare regardless of order. */
function ascending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** A code of an enum that the test needs to exist. */
function member(family: CodeEnumName, name: string): CodeInfo {
  const code = findMember(family, name);

  if (code === undefined) {
    throw new Error(`${family}.${name} is missing from the catalogue`);
  }

  return code;
}

/** A code of any family that the test needs to exist. */
function code(family: CodeInfo['family'], value: number): CodeInfo {
  const found = findCode(family, value);

  if (found === undefined) {
    throw new Error(`${family} ${value} is missing from the catalogue`);
  }

  return found;
}

/** An API that the test needs to exist. */
function api(
  owner: string | undefined,
  name: string,
  module: KitModule = 'userAuth',
): ApiInfo {
  const found = findApi(module, owner, name);

  if (found === undefined) {
    const where = owner === undefined ? module : `${module} ${owner}`;
    throw new Error(`${where}.${name} is missing from the catalogue`);
  }

  return found;
}

// §4.1: member, value, since, system-only.
const USER_AUTH_RESULT_CODE: readonly (readonly [
  name: string,
  value: number,
  since: number,
  systemOnly: boolean,
])[] = [
  ['SUCCESS', 12500000, 9, false],
  ['FAIL', 12500001, 9, false],
  ['GENERAL_ERROR', 12500002, 9, false],
  ['CANCELED', 12500003, 9, false],
  ['TIMEOUT', 12500004, 9, false],
  ['TYPE_NOT_SUPPORT', 12500005, 9, false],
  ['TRUST_LEVEL_NOT_SUPPORT', 12500006, 9, false],
  ['BUSY', 12500007, 9, false],
  ['INVALID_PARAMETERS', 12500008, 20, false],
  ['LOCKED', 12500009, 9, false],
  ['NOT_ENROLLED', 12500010, 9, false],
  ['CANCELED_FROM_WIDGET', 12500011, 10, false],
  ['PIN_EXPIRED', 12500013, 12, false],
  ['AUTH_TOKEN_CHECK_FAILED', 12500015, 18, true],
  ['AUTH_TOKEN_EXPIRED', 12500016, 18, true],
  ['REUSE_AUTH_RESULT_FAILED', 12500017, 20, true],
];

// §4.2.
const RESULT_CODE: readonly (readonly [name: string, value: number])[] = [
  ['SUCCESS', 0],
  ['FAIL', 1],
  ['GENERAL_ERROR', 2],
  ['CANCELED', 3],
  ['TIMEOUT', 4],
  ['TYPE_NOT_SUPPORT', 5],
  ['TRUST_LEVEL_NOT_SUPPORT', 6],
  ['BUSY', 7],
  ['INVALID_PARAMETERS', 8],
  ['LOCKED', 9],
  ['NOT_ENROLLED', 10],
];

// §4.3.
const AUTHENTICATION_RESULT: readonly (readonly [
  name: string,
  value: number,
])[] = [
  ['NO_SUPPORT', -1],
  ['SUCCESS', 0],
  ['COMPARE_FAILURE', 1],
  ['CANCELED', 2],
  ['TIMEOUT', 3],
  ['CAMERA_FAIL', 4],
  ['BUSY', 5],
  ['INVALID_PARAMETERS', 6],
  ['LOCKED', 7],
  ['NOT_ENROLLED', 8],
  ['GENERAL_ERROR', 100],
];

// §10: the messages of the newest error-code page.
const DOCUMENTED_MESSAGES: readonly (readonly [value: number, text: string])[] =
  [
    [12500001, 'Authentication failed.'],
    [12500002, 'General operation error.'],
    [12500003, 'Authentication canceled.'],
    [12500004, 'Authentication timeout.'],
    [12500005, 'The authentication type is not supported.'],
    [12500006, 'The authentication trust level is not supported.'],
    [12500007, 'Authentication service is busy.'],
    [12500008, 'The parameter is out of range.'],
    [12500009, 'Authentication is locked out.'],
    [12500010, 'The type of credential has not been enrolled.'],
    [12500011, 'Switched to the custom authentication process.'],
    [12500013, 'Operation failed because of PIN expired.'],
    [12500015, 'Operation failed because of authToken integrity check failed.'],
    [12500016, 'Operation failed because of authToken has expired.'],
    [12500017, 'Failed to reuse authentication result.'],
  ];

describe('UserAuthResultCode (§4.1)', () => {
  it.each(USER_AUTH_RESULT_CODE)(
    '%s is %i, since %i',
    (name, value, since, systemOnly) => {
      const found = member('UserAuthResultCode', name);

      expect(found.value).toBe(value);
      expect(found.since).toBe(since);
      expect(found.systemOnly === true).toBe(systemOnly);
      expect(found.deprecatedSince).toBeUndefined();
      expect(findCode('UserAuthResultCode', value)?.member).toBe(name);
    },
  );

  it('has exactly the documented members, in enum order', () => {
    expect(
      codesOfFamily('UserAuthResultCode').map(entry => [
        entry.member,
        entry.value,
      ]),
    ).toEqual(USER_AUTH_RESULT_CODE.map(([name, value]) => [name, value]));
  });

  it.each([12500012, 12500014])('has no code %i in any family', value => {
    expect(findCode('UserAuthResultCode', value)).toBeUndefined();
    expect(CODES.some(entry => entry.value === value)).toBe(false);
  });

  it('flags exactly 12500015, 12500016 and 12500017 as system-only', () => {
    expect(
      codesOfFamily('UserAuthResultCode')
        .filter(entry => entry.systemOnly === true)
        .map(entry => entry.value),
    ).toEqual([12500015, 12500016, 12500017]);
  });

  it('numbers each member 12500000 above its ResultCode namesake', () => {
    for (const [name, value] of RESULT_CODE) {
      expect(member('UserAuthResultCode', name).value).toBe(12500000 + value);
    }
  });
});

describe('ResultCode (§4.2)', () => {
  it.each(RESULT_CODE)('%s is %i', (name, value) => {
    const found = member('ResultCode', name);

    expect(found.value).toBe(value);
    expect(found.since).toBe(8);
    expect(found.deprecatedSince).toBe(9);
    expect(findCode('ResultCode', value)?.member).toBe(name);
  });

  it('has exactly the documented members', () => {
    expect(codesOfFamily('ResultCode').map(entry => entry.member)).toEqual(
      RESULT_CODE.map(([name]) => name),
    );
  });
});

describe('AuthenticationResult (§4.3)', () => {
  it.each(AUTHENTICATION_RESULT)('%s is %i', (name, value) => {
    const found = member('AuthenticationResult', name);

    expect(found.value).toBe(value);
    expect(found.since).toBe(6);
    expect(found.deprecatedSince).toBe(8);
    expect(findCode('AuthenticationResult', value)?.member).toBe(name);
  });

  it('has exactly the documented members', () => {
    expect(
      codesOfFamily('AuthenticationResult').map(entry => entry.member),
    ).toEqual(AUTHENTICATION_RESULT.map(([name]) => name));
  });

  it('keeps the numbers that differ from ResultCode for the same name', () => {
    // §4.3 note and §10 history item 5.
    expect(member('AuthenticationResult', 'CANCELED').value).toBe(2);
    expect(member('ResultCode', 'CANCELED').value).toBe(3);
    expect(member('AuthenticationResult', 'LOCKED').value).toBe(7);
    expect(member('ResultCode', 'LOCKED').value).toBe(9);
    expect(member('AuthenticationResult', 'GENERAL_ERROR').value).toBe(100);
    expect(member('ResultCode', 'GENERAL_ERROR').value).toBe(2);
    expect(member('AuthenticationResult', 'NOT_ENROLLED').value).toBe(8);
    expect(member('ResultCode', 'NOT_ENROLLED').value).toBe(10);
  });
});

describe('the result enums', () => {
  it('records when each enum came and was deprecated', () => {
    const byName = new Map(CODE_ENUMS.map(entry => [entry.name, entry]));

    expect(byName.get('UserAuthResultCode')).toMatchObject({ since: 9 });
    expect(byName.get('UserAuthResultCode')?.deprecatedSince).toBeUndefined();
    expect(byName.get('ResultCode')).toMatchObject({
      since: 8,
      deprecatedSince: 9,
      replacement: 'UserAuthResultCode',
    });
    expect(byName.get('AuthenticationResult')).toMatchObject({
      since: 6,
      deprecatedSince: 8,
    });
    expect(byName.size).toBe(3);
  });

  it('tells enum names from other families', () => {
    expect(isCodeEnumName('UserAuthResultCode')).toBe(true);
    expect(isCodeEnumName('ResultCode')).toBe(true);
    expect(isCodeEnumName('AuthenticationResult')).toBe(true);
    expect(isCodeEnumName('universal')).toBe(false);
    expect(isCodeEnumName('faceAuth')).toBe(false);
    expect(isCodeEnumName('UserAuthTipCode')).toBe(false);
  });
});

describe('codes outside the result enums', () => {
  it.each([201, 202, 401, 801])(
    'has universal code %i without a member',
    value => {
      const found = code('universal', value);

      expect(found.member).toBeUndefined();
      expect(found.systemOnly).not.toBe(true);
    },
  );

  it('has no other universal code', () => {
    expect(codesOfFamily('universal').map(entry => entry.value)).toEqual([
      201, 202, 401, 801,
    ]);
  });

  it('has the faceAuth code 12700001, system-only and without a member', () => {
    const found = code('faceAuth', 12700001);

    expect(found.member).toBeUndefined();
    expect(found.systemOnly).toBe(true);
    expect(codesOfFamily('faceAuth')).toHaveLength(1);
  });

  it('uses the API 20 wording of the universal messages (§6.1)', () => {
    expect(code('universal', 201).message).toBe('Permission denied.');
    expect(code('universal', 202).message).toBe(
      'Permission denied. Called by non-system application.',
    );
    expect(code('universal', 401).message).toBe('Parameter error.');
  });
});

describe('every code', () => {
  it('has a non-empty message, cause and advice', () => {
    for (const entry of CODES) {
      const label = `${entry.family} ${entry.value}`;

      expect(entry.message.trim(), label).not.toBe('');
      expect(entry.cause.trim(), label).not.toBe('');
      expect(entry.advice.trim(), label).not.toBe('');
    }
  });

  it.each(DOCUMENTED_MESSAGES)(
    '%i carries the message of §10',
    (value, text) => {
      expect(code('UserAuthResultCode', value).message).toBe(text);
    },
  );

  it('carries the faceAuth message of §8.1 and §10', () => {
    expect(code('faceAuth', 12700001).message).toBe(
      'The service is unavailable.',
    );
  });

  it('is unique by value and by member within its family', () => {
    const values = CODES.map(entry => `${entry.family}:${entry.value}`);
    const members = CODES.filter(entry => entry.member !== undefined).map(
      entry => `${entry.family}.${entry.member}`,
    );

    expect(new Set(values).size).toBe(values.length);
    expect(new Set(members).size).toBe(members.length);
  });

  it('is introduced no later than the newest level', () => {
    // The fact sheet's newest SDK is 26.0.0.
    expect(NEWEST_API_LEVEL).toBe(26);

    for (const entry of CODES) {
      expect(entry.since).toBeLessThanOrEqual(NEWEST_API_LEVEL);
    }
  });
});

// §6.1, §6.2, §6.3 and §8.1. Codes are the HEAD lists unless a level is
// given; `levels` are the levels each list is checked at.
interface ExpectedApi {
  readonly codes: readonly number[];
  readonly deprecatedSince?: number;
  readonly levels: readonly number[];
  readonly member: string;
  readonly module?: KitModule;
  readonly owner?: string;
  readonly replacement?: string;
  readonly since: number;
  readonly systemApi?: boolean;
}

const EXPECTED_APIS: readonly ExpectedApi[] = [
  // §6.1
  {
    member: 'getUserAuthInstance',
    since: 10,
    levels: [10, 12, 20, 26],
    codes: [401, 12500002, 12500005, 12500006],
  },
  {
    owner: 'UserAuthInstance',
    member: 'on',
    since: 10,
    levels: [10, 26],
    codes: [401, 12500002],
  },
  {
    owner: 'UserAuthInstance',
    member: 'off',
    since: 10,
    levels: [10, 26],
    codes: [401, 12500002],
  },
  {
    owner: 'UserAuthInstance',
    member: 'cancel',
    since: 10,
    levels: [10, 26],
    codes: [201, 401, 12500002],
  },
  {
    member: 'getEnrolledState',
    since: 12,
    levels: [12, 26],
    codes: [201, 401, 12500002, 12500005, 12500010],
  },
  {
    member: 'getAuthLockState',
    since: 22,
    levels: [22, 26],
    codes: [201, 12500002, 12500005, 12500008, 12500010],
  },
  // §6.2
  {
    member: 'sendNotice',
    since: 10,
    systemApi: true,
    levels: [10, 26],
    codes: [201, 202, 401, 12500002],
  },
  {
    member: 'getUserAuthWidgetMgr',
    since: 10,
    systemApi: true,
    levels: [10, 26],
    codes: [201, 202, 401, 12500002],
  },
  {
    owner: 'UserAuthWidgetMgr',
    member: 'on',
    since: 10,
    systemApi: true,
    levels: [10, 26],
    codes: [401, 12500002],
  },
  {
    owner: 'UserAuthWidgetMgr',
    member: 'off',
    since: 10,
    systemApi: true,
    levels: [10, 26],
    codes: [401, 12500002],
  },
  {
    member: 'queryReusableAuthResult',
    since: 20,
    systemApi: true,
    levels: [20, 26],
    codes: [201, 202, 12500002, 12500008, 12500017],
  },
  {
    member: 'registerRemoteAuthCallback',
    since: 26,
    systemApi: true,
    levels: [26],
    codes: [201, 202, 12500002],
  },
  {
    member: 'unregisterRemoteAuthCallback',
    since: 26,
    systemApi: true,
    levels: [26],
    codes: [201, 202, 12500002],
  },
  // §6.3
  {
    member: 'getAuthenticator',
    since: 6,
    deprecatedSince: 8,
    replacement: 'getAuthInstance',
    levels: [6, 26],
    codes: [],
  },
  {
    owner: 'Authenticator',
    member: 'execute',
    since: 6,
    deprecatedSince: 8,
    levels: [6, 26],
    codes: [],
  },
  {
    owner: 'UserAuth',
    member: 'constructor',
    since: 8,
    deprecatedSince: 9,
    levels: [8, 26],
    codes: [],
  },
  {
    owner: 'UserAuth',
    member: 'getVersion',
    since: 8,
    deprecatedSince: 9,
    levels: [8, 26],
    codes: [],
  },
  {
    owner: 'UserAuth',
    member: 'getAvailableStatus',
    since: 8,
    deprecatedSince: 9,
    replacement: 'getAvailableStatus',
    levels: [8, 26],
    codes: [],
  },
  {
    owner: 'UserAuth',
    member: 'auth',
    since: 8,
    deprecatedSince: 9,
    replacement: 'AuthInstance.start',
    levels: [8, 26],
    codes: [],
  },
  {
    owner: 'UserAuth',
    member: 'cancelAuth',
    since: 8,
    deprecatedSince: 9,
    replacement: 'AuthInstance.cancel',
    levels: [8, 26],
    codes: [],
  },
  {
    member: 'getAuthInstance',
    since: 9,
    deprecatedSince: 10,
    replacement: 'getUserAuthInstance',
    levels: [9, 26],
    codes: [401, 12500002, 12500005, 12500006],
  },
  {
    owner: 'AuthInstance',
    member: 'on',
    since: 9,
    deprecatedSince: 10,
    levels: [9, 26],
    codes: [401, 12500002],
  },
  {
    owner: 'AuthInstance',
    member: 'off',
    since: 9,
    deprecatedSince: 10,
    levels: [9, 26],
    codes: [401, 12500002],
  },
  {
    owner: 'AuthInstance',
    member: 'start',
    since: 9,
    deprecatedSince: 10,
    levels: [9, 12, 20, 26],
    codes: [
      201, 401, 12500001, 12500002, 12500003, 12500004, 12500005, 12500006,
      12500007, 12500009, 12500010,
    ],
  },
  {
    owner: 'AuthInstance',
    member: 'cancel',
    since: 9,
    deprecatedSince: 10,
    levels: [9, 26],
    codes: [201, 401, 12500002],
  },
  // §8.1
  {
    module: 'faceAuth',
    owner: 'FaceAuthManager',
    member: 'setSurfaceId',
    since: 9,
    systemApi: true,
    levels: [9, 26],
    codes: [201, 202, 12700001],
  },
];

function labelOf(expected: ExpectedApi): string {
  const owner = expected.owner === undefined ? '' : `${expected.owner}.`;
  return `${expected.module ?? 'userAuth'} ${owner}${expected.member}`;
}

describe('the API table (§6, §8.1)', () => {
  describe.each(EXPECTED_APIS.map(expected => [labelOf(expected), expected]))(
    '%s',
    (_label, expected) => {
      const found = (): ApiInfo =>
        api(expected.owner, expected.member, expected.module);

      it('has the documented since, deprecation and system flag', () => {
        expect(found().since).toBe(expected.since);
        expect(found().deprecatedSince).toBe(expected.deprecatedSince);
        expect(found().systemApi === true).toBe(expected.systemApi === true);

        if (expected.replacement !== undefined) {
          expect(found().replacement).toBe(expected.replacement);
        }
      });

      it.each(expected.levels)('throws the documented codes at %i', level => {
        expect(ascending(thrownCodes(found(), level))).toEqual(
          ascending(expected.codes),
        );
      });
    },
  );

  describe('UserAuthInstance.start', () => {
    const start = (): ApiInfo => api('UserAuthInstance', 'start');
    const before12 = [
      201, 401, 12500001, 12500002, 12500003, 12500004, 12500005, 12500006,
      12500007, 12500009, 12500010, 12500011,
    ];

    it('is current and public, since 10', () => {
      expect(start().since).toBe(10);
      expect(start().deprecatedSince).toBeUndefined();
      expect(start().systemApi).not.toBe(true);
    });

    it.each([10, 11])(
      'throws the API 10 list at %i, without 12500013',
      level => {
        expect(ascending(thrownCodes(start(), level))).toEqual(before12);
        expect(thrownCodes(start(), level)).not.toContain(12500013);
      },
    );

    it.each([12, 19])('adds 12500013 at %i', level => {
      expect(ascending(thrownCodes(start(), level))).toEqual(
        ascending([...before12, 12500013]),
      );
    });

    it.each([20, 22, 26])('drops 12500001, 12500004, 12500007 at %i', level => {
      const codes = thrownCodes(start(), level);

      expect(ascending(codes)).toEqual([
        201, 401, 12500002, 12500003, 12500005, 12500006, 12500009, 12500010,
        12500011, 12500013,
      ]);
      expect(codes).not.toContain(12500001);
      expect(codes).not.toContain(12500004);
      expect(codes).not.toContain(12500007);
    });
  });

  describe('getAvailableStatus', () => {
    const status = (): ApiInfo => api(undefined, 'getAvailableStatus');
    const before12 = [201, 401, 12500002, 12500005, 12500006, 12500010];

    it('is the namespace function since 9, not the API 8 method', () => {
      expect(status()).toMatchObject({ kind: 'function', since: 9 });
      expect(status().deprecatedSince).toBeUndefined();
    });

    it.each([9, 11])('throws without 12500013 at %i', level => {
      expect(ascending(thrownCodes(status(), level))).toEqual(before12);
    });

    it.each([12, 26])('throws 12500013 too at %i', level => {
      expect(ascending(thrownCodes(status(), level))).toEqual(
        ascending([...before12, 12500013]),
      );
    });
  });

  it('makes getAuthLockState a promise API without 401', () => {
    const lockState = api(undefined, 'getAuthLockState');

    expect(lockState.returnsPromise).toBe(true);
    expect(thrownCodes(lockState, NEWEST_API_LEVEL)).not.toContain(401);
  });

  it('marks only getAuthLockState as returning a promise', () => {
    expect(
      APIS.filter(entry => entry.returnsPromise === true).map(
        entry => entry.member,
      ),
    ).toEqual(['getAuthLockState']);
  });

  it('deprecates new UserAuth() at 9', () => {
    const constructor = api('UserAuth', 'constructor');

    expect(constructor.kind).toBe('constructor');
    expect(constructor.deprecatedSince).toBe(9);
  });

  it('deprecates getAuthInstance at 10 for getUserAuthInstance', () => {
    expect(api(undefined, 'getAuthInstance')).toMatchObject({
      deprecatedSince: 10,
      replacement: 'getUserAuthInstance',
    });
  });

  it('leaves the public current APIs unflagged', () => {
    for (const name of [
      'getUserAuthInstance',
      'getAvailableStatus',
      'getEnrolledState',
      'getAuthLockState',
    ]) {
      expect(api(undefined, name).systemApi, name).not.toBe(true);
    }
  });

  it('lists 801 for no API', () => {
    for (const entry of APIS) {
      expect(thrownCodes(entry, NEWEST_API_LEVEL)).not.toContain(801);
    }
  });

  it('throws only codes the catalogue knows', () => {
    for (const entry of APIS) {
      for (const span of entry.throws) {
        expect(KNOWN_CODE_VALUES.has(span.code), `${span.code}`).toBe(true);
      }
    }
  });

  it('describes every API of the fact sheet, each once', () => {
    const keys = APIS.map(
      entry => `${entry.module} ${entry.owner ?? ''}.${entry.member}`,
    );

    expect(new Set(keys).size).toBe(keys.length);
    // The 26 entries above plus UserAuthInstance.start and getAvailableStatus.
    expect(APIS).toHaveLength(EXPECTED_APIS.length + 2);
  });
});

// §7.1, §7.3.
describe('the result channels (§7)', () => {
  const current = (last: number): number[] =>
    Array.from({ length: last + 1 }, (_, index) => 12500000 + index);

  describe('result (IAuthCallback.onResult)', () => {
    const channel = (): ReturnType<typeof getChannel> => getChannel('result');
    const before12 = [
      ...current(7),
      12500009,
      12500010,
      12500011,
      201,
      202,
      401,
    ];

    it('is numbered in UserAuthResultCode, current since 10', () => {
      expect(channel()).toMatchObject({
        family: 'UserAuthResultCode',
        since: 10,
      });
      expect(channel().deprecatedSince).toBeUndefined();
    });

    it.each([10, 11])('delivers the documented codes at %i', level => {
      expect(ascending(deliveredCodes(channel(), level))).toEqual(
        ascending(before12),
      );
    });

    it.each([12, 20, 26])('delivers 12500013 as well at %i', level => {
      expect(ascending(deliveredCodes(channel(), level))).toEqual(
        ascending([...before12, 12500013]),
      );
    });

    it('never delivers 12500008 or 12500015 to 12500017', () => {
      for (let level = 10; level <= NEWEST_API_LEVEL; level += 1) {
        const codes = deliveredCodes(channel(), level);

        for (const never of [12500008, 12500015, 12500016, 12500017]) {
          expect(codes, `${never} at ${level}`).not.toContain(never);
        }
      }
    });

    it('requires LOCKED, TIMEOUT and PIN_EXPIRED in the recommended set', () => {
      expect([...channel().recommendedRequired].sort()).toEqual([
        'LOCKED',
        'PIN_EXPIRED',
        'TIMEOUT',
      ]);
    });
  });

  describe('authEvent (AuthEvent.callback)', () => {
    const channel = (): ReturnType<typeof getChannel> =>
      getChannel('authEvent');

    it('is numbered in UserAuthResultCode, 9 to deprecated 11', () => {
      expect(channel()).toMatchObject({
        family: 'UserAuthResultCode',
        since: 9,
        deprecatedSince: 11,
      });
    });

    it.each([9, 12, 26])('delivers the V9 mapping at %i', level => {
      const codes = deliveredCodes(channel(), level);

      expect(ascending(codes)).toEqual(
        ascending([...current(7), 12500009, 12500010, 201, 401]),
      );
      expect(codes).not.toContain(12500008);
      expect(codes).not.toContain(12500011);
      expect(codes).not.toContain(12500013);
    });

    it('requires LOCKED and TIMEOUT in the recommended set', () => {
      expect([...channel().recommendedRequired].sort()).toEqual([
        'LOCKED',
        'TIMEOUT',
      ]);
    });
  });

  describe('legacyCallback (IUserAuthCallback.onResult)', () => {
    const channel = (): ReturnType<typeof getChannel> =>
      getChannel('legacyCallback');

    it('is numbered in ResultCode, 8 to deprecated 9', () => {
      expect(channel()).toMatchObject({
        family: 'ResultCode',
        since: 8,
        deprecatedSince: 9,
      });
    });

    it.each([8, 26])('delivers 0 to 10 and 201 at %i', level => {
      expect(ascending(deliveredCodes(channel(), level))).toEqual([
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 201,
      ]);
    });

    it('requires LOCKED and TIMEOUT in the recommended set', () => {
      expect([...channel().recommendedRequired].sort()).toEqual([
        'LOCKED',
        'TIMEOUT',
      ]);
    });
  });

  it('has exactly the three channels', () => {
    expect(RESULT_CHANNELS.map(channel => channel.id).sort()).toEqual([
      'authEvent',
      'legacyCallback',
      'result',
    ]);
  });

  it('requires only members the channel itself can deliver', () => {
    for (const channel of RESULT_CHANNELS) {
      const codes = deliveredCodes(channel, NEWEST_API_LEVEL);

      for (const name of channel.recommendedRequired) {
        expect(codes, `${channel.id} ${name}`).toContain(
          member(channel.family, name).value,
        );
      }
    }
  });
});

describe('lookups', () => {
  it('findCode matches family and value together', () => {
    expect(findCode('UserAuthResultCode', 12500009)?.member).toBe('LOCKED');
    expect(findCode('ResultCode', 9)?.member).toBe('LOCKED');
    expect(findCode('AuthenticationResult', 9)).toBeUndefined();
    expect(findCode('ResultCode', 12500009)).toBeUndefined();
    expect(findCode('UserAuthResultCode', 401)).toBeUndefined();
    expect(findCode('universal', 401)?.family).toBe('universal');
    expect(findCode('universal', 12700001)).toBeUndefined();
  });

  it('findMember matches family and member together', () => {
    expect(findMember('AuthenticationResult', 'GENERAL_ERROR')?.value).toBe(
      100,
    );
    expect(findMember('UserAuthResultCode', 'NO_SUPPORT')).toBeUndefined();
    expect(findMember('ResultCode', 'PIN_EXPIRED')).toBeUndefined();
    expect(findMember('UserAuthResultCode', 'locked')).toBeUndefined();
  });

  it('codesOfFamily returns only that family', () => {
    expect(codesOfFamily('UserAuthResultCode')).toHaveLength(16);
    expect(codesOfFamily('ResultCode')).toHaveLength(11);
    expect(codesOfFamily('AuthenticationResult')).toHaveLength(11);
    expect(codesOfFamily('universal')).toHaveLength(4);
    expect(codesOfFamily('faceAuth')).toHaveLength(1);
    expect(CODES).toHaveLength(16 + 11 + 11 + 4 + 1);
  });

  it('existsAt honours since and until, both inclusive', () => {
    expect(existsAt({}, 6)).toBe(true);
    expect(existsAt({ since: 12 }, 11)).toBe(false);
    expect(existsAt({ since: 12 }, 12)).toBe(true);
    expect(existsAt({ until: 19 }, 19)).toBe(true);
    expect(existsAt({ until: 19 }, 20)).toBe(false);
    expect(existsAt({ since: 10, until: 19 }, 9)).toBe(false);
    expect(existsAt({ since: 10, until: 19 }, 15)).toBe(true);
    expect(existsAt({ since: 10, until: 19 }, 20)).toBe(false);
  });

  it('existsAt applies to codes and APIs', () => {
    expect(existsAt(member('UserAuthResultCode', 'PIN_EXPIRED'), 11)).toBe(
      false,
    );
    expect(existsAt(member('UserAuthResultCode', 'PIN_EXPIRED'), 12)).toBe(
      true,
    );
    expect(
      existsAt(member('UserAuthResultCode', 'INVALID_PARAMETERS'), 19),
    ).toBe(false);
    expect(existsAt(api(undefined, 'getAuthLockState'), 21)).toBe(false);
    expect(existsAt(api(undefined, 'getAuthLockState'), 22)).toBe(true);
  });

  it('valuesAt keeps the spans alive at the level, in order', () => {
    const spans = [
      { code: 3 },
      { code: 1, since: 12 },
      { code: 2, until: 19 },
      { code: 4, since: 12, until: 19 },
    ];

    expect(valuesAt(spans, 11)).toEqual([3, 2]);
    expect(valuesAt(spans, 12)).toEqual([3, 1, 2, 4]);
    expect(valuesAt(spans, 20)).toEqual([3, 1]);
    expect(valuesAt([], 20)).toEqual([]);
  });

  it('findApi matches module, owner and member together', () => {
    expect(findApi('userAuth', undefined, 'nope')).toBeUndefined();
    expect(findApi('userAuth', undefined, 'start')).toBeUndefined();
    expect(findApi('faceAuth', undefined, 'setSurfaceId')).toBeUndefined();
    expect(
      findApi('userAuth', 'FaceAuthManager', 'setSurfaceId'),
    ).toBeUndefined();
    expect(findApi('userAuth', 'UserAuthInstance', 'start')?.since).toBe(10);
    expect(findApi('userAuth', 'AuthInstance', 'start')?.since).toBe(9);
    expect(findApi('userAuth', 'UserAuth', 'getAvailableStatus')?.since).toBe(
      8,
    );
  });

  it('getChannel finds a channel by id and throws for an unknown id', () => {
    expect(getChannel('result').receiver).toBe('IAuthCallback.onResult');
    expect(() => getChannel('nope' as ResultChannelId)).toThrow(Error);
  });

  it('describeCode names the member and the number, or the number alone', () => {
    expect(describeCode(member('UserAuthResultCode', 'LOCKED'))).toBe(
      'UserAuthResultCode.LOCKED (12500009)',
    );
    expect(describeCode(member('ResultCode', 'LOCKED'))).toBe(
      'ResultCode.LOCKED (9)',
    );
    expect(describeCode(member('AuthenticationResult', 'NO_SUPPORT'))).toBe(
      'AuthenticationResult.NO_SUPPORT (-1)',
    );
    expect(describeCode(code('universal', 401))).toBe('401');
    expect(describeCode(code('faceAuth', 12700001))).toBe('12700001');
  });

  it('KNOWN_CODE_VALUES holds every number of every family', () => {
    for (const value of [-1, 0, 10, 100, 12500009, 12700001, 201, 801]) {
      expect(KNOWN_CODE_VALUES.has(value), `${value}`).toBe(true);
    }

    for (const value of [12500012, 12500014, 11, 99, 12500018, 12700002]) {
      expect(KNOWN_CODE_VALUES.has(value), `${value}`).toBe(false);
    }

    // 16 current codes, 0 to 10 plus -1 and 100 from the old enums, four
    // universal codes and one faceAuth code.
    expect(KNOWN_CODE_VALUES.size).toBe(16 + 13 + 4 + 1);
  });
});

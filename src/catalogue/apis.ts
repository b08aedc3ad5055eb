import type { ApiInfo, CodeSpan } from './types.js';

/** Codes every listener registration of the kit may throw. */
const LISTENER_CODES: readonly CodeSpan[] = [{ code: 401 }, { code: 12500002 }];

/** Codes thrown when an authentication instance is created. */
const INSTANCE_CREATION_CODES: readonly CodeSpan[] = [
  { code: 401 },
  { code: 12500002 },
  { code: 12500005 },
  { code: 12500006 },
];

/** Codes of `cancel()` on either instance generation. */
const CANCEL_CODES: readonly CodeSpan[] = [
  { code: 201 },
  { code: 401 },
  { code: 12500002 },
];

/**
 * The functions, methods and constructors of the kit, with the codes each
 * one throws synchronously as a `BusinessError` (or rejects with, for the
 * promise-returning ones). Lists follow the platform's declarations at the
 * newest API level, with the spans of codes that came or went.
 */
export const APIS: readonly ApiInfo[] = [
  {
    module: 'userAuth',
    kind: 'function',
    member: 'getUserAuthInstance',
    since: 10,
    throws: INSTANCE_CREATION_CODES,
  },
  {
    module: 'userAuth',
    kind: 'method',
    owner: 'UserAuthInstance',
    member: 'on',
    since: 10,
    throws: LISTENER_CODES,
  },
  {
    module: 'userAuth',
    kind: 'method',
    owner: 'UserAuthInstance',
    member: 'off',
    since: 10,
    throws: LISTENER_CODES,
  },
  {
    module: 'userAuth',
    kind: 'method',
    owner: 'UserAuthInstance',
    member: 'start',
    since: 10,
    throws: [
      { code: 201 },
      { code: 401 },
      { code: 12500001, until: 19 },
      { code: 12500002 },
      { code: 12500003 },
      { code: 12500004, until: 19 },
      { code: 12500005 },
      { code: 12500006 },
      { code: 12500007, until: 19 },
      { code: 12500009 },
      { code: 12500010 },
      { code: 12500011 },
      { code: 12500013, since: 12 },
    ],
    // Everything but argument and state errors reaches `onResult` instead.
    thrownInPractice: [401, 12500002],
  },
  {
    module: 'userAuth',
    kind: 'method',
    owner: 'UserAuthInstance',
    member: 'cancel',
    since: 10,
    throws: CANCEL_CODES,
  },
  {
    module: 'userAuth',
    kind: 'function',
    member: 'getAvailableStatus',
    since: 9,
    throws: [
      { code: 201 },
      { code: 401 },
      { code: 12500002 },
      { code: 12500005 },
      { code: 12500006 },
      { code: 12500010 },
      { code: 12500013, since: 12 },
    ],
  },
  {
    module: 'userAuth',
    kind: 'function',
    member: 'getEnrolledState',
    since: 12,
    throws: [
      { code: 201 },
      { code: 401 },
      { code: 12500002 },
      { code: 12500005 },
      { code: 12500010 },
    ],
  },
  {
    module: 'userAuth',
    kind: 'function',
    member: 'getAuthLockState',
    since: 22,
    returnsPromise: true,
    throws: [
      { code: 201 },
      { code: 12500002 },
      { code: 12500005 },
      { code: 12500008 },
      { code: 12500010 },
    ],
  },

  // System APIs: ordinary apps cannot call them.
  {
    module: 'userAuth',
    kind: 'function',
    member: 'sendNotice',
    since: 10,
    systemApi: true,
    throws: [{ code: 201 }, { code: 202 }, { code: 401 }, { code: 12500002 }],
  },
  {
    module: 'userAuth',
    kind: 'function',
    member: 'getUserAuthWidgetMgr',
    since: 10,
    systemApi: true,
    throws: [{ code: 201 }, { code: 202 }, { code: 401 }, { code: 12500002 }],
  },
  {
    module: 'userAuth',
    kind: 'method',
    owner: 'UserAuthWidgetMgr',
    member: 'on',
    since: 10,
    systemApi: true,
    throws: LISTENER_CODES,
  },
  {
    module: 'userAuth',
    kind: 'method',
    owner: 'UserAuthWidgetMgr',
    member: 'off',
    since: 10,
    systemApi: true,
    throws: LISTENER_CODES,
  },
  {
    module: 'userAuth',
    kind: 'function',
    member: 'queryReusableAuthResult',
    since: 20,
    systemApi: true,
    throws: [
      { code: 201 },
      { code: 202 },
      { code: 12500002 },
      { code: 12500008 },
      { code: 12500017 },
    ],
  },
  {
    module: 'userAuth',
    kind: 'function',
    member: 'registerRemoteAuthCallback',
    since: 26,
    systemApi: true,
    throws: [{ code: 201 }, { code: 202 }, { code: 12500002 }],
  },
  {
    module: 'userAuth',
    kind: 'function',
    member: 'unregisterRemoteAuthCallback',
    since: 26,
    systemApi: true,
    throws: [{ code: 201 }, { code: 202 }, { code: 12500002 }],
  },

  // Deprecated entry points, oldest first.
  {
    module: 'userAuth',
    kind: 'function',
    member: 'getAuthenticator',
    since: 6,
    deprecatedSince: 8,
    replacement: 'getAuthInstance',
    throws: [],
  },
  {
    module: 'userAuth',
    kind: 'method',
    owner: 'Authenticator',
    member: 'execute',
    since: 6,
    deprecatedSince: 8,
    replacement: 'AuthInstance.start',
    throws: [],
  },
  {
    module: 'userAuth',
    kind: 'constructor',
    owner: 'UserAuth',
    member: 'constructor',
    since: 8,
    deprecatedSince: 9,
    replacement: 'getAuthInstance',
    throws: [],
  },
  ...legacyUserAuthMethods(),
  {
    module: 'userAuth',
    kind: 'function',
    member: 'getAuthInstance',
    since: 9,
    deprecatedSince: 10,
    replacement: 'getUserAuthInstance',
    throws: INSTANCE_CREATION_CODES,
  },
  {
    module: 'userAuth',
    kind: 'method',
    owner: 'AuthInstance',
    member: 'on',
    since: 9,
    deprecatedSince: 10,
    replacement: 'UserAuthInstance.on',
    throws: LISTENER_CODES,
  },
  {
    module: 'userAuth',
    kind: 'method',
    owner: 'AuthInstance',
    member: 'off',
    since: 9,
    deprecatedSince: 10,
    replacement: 'UserAuthInstance.off',
    throws: LISTENER_CODES,
  },
  {
    module: 'userAuth',
    kind: 'method',
    owner: 'AuthInstance',
    member: 'start',
    since: 9,
    deprecatedSince: 10,
    replacement: 'UserAuthInstance.start',
    throws: [
      { code: 201 },
      { code: 401 },
      { code: 12500001 },
      { code: 12500002 },
      { code: 12500003 },
      { code: 12500004 },
      { code: 12500005 },
      { code: 12500006 },
      { code: 12500007 },
      { code: 12500009 },
      { code: 12500010 },
    ],
  },
  {
    module: 'userAuth',
    kind: 'method',
    owner: 'AuthInstance',
    member: 'cancel',
    since: 9,
    deprecatedSince: 10,
    replacement: 'UserAuthInstance.cancel',
    throws: CANCEL_CODES,
  },

  // `@ohos.userIAM.faceAuth`, a system module.
  {
    module: 'faceAuth',
    kind: 'method',
    owner: 'FaceAuthManager',
    member: 'setSurfaceId',
    since: 9,
    systemApi: true,
    throws: [{ code: 201 }, { code: 202 }, { code: 12700001 }],
  },
];

/**
 * The methods of the API 8 `UserAuth` class. None throws: they return a
 * `ResultCode` number or deliver it to `IUserAuthCallback.onResult`.
 */
function legacyUserAuthMethods(): ApiInfo[] {
  const replacements: readonly (readonly [string, string | undefined])[] = [
    ['getVersion', undefined],
    ['getAvailableStatus', 'getAvailableStatus'],
    ['auth', 'AuthInstance.start'],
    ['cancelAuth', 'AuthInstance.cancel'],
  ];

  return replacements.map(([member, replacement]) => ({
    module: 'userAuth',
    kind: 'method',
    owner: 'UserAuth',
    member,
    since: 8,
    deprecatedSince: 9,
    ...(replacement === undefined ? {} : { replacement }),
    throws: [],
  }));
}

import type { CodeInfo } from './types.js';

/** The current generation: `UserAuthResultCode`, API 9 and later. */
const CURRENT_CODES: readonly CodeInfo[] = [
  {
    family: 'UserAuthResultCode',
    member: 'SUCCESS',
    value: 12500000,
    since: 9,
    message: 'Authentication succeeded.',
    cause: 'The person was verified; the result carries a token.',
    advice: 'continue with the protected action',
  },
  {
    family: 'UserAuthResultCode',
    member: 'FAIL',
    value: 12500001,
    since: 9,
    message: 'Authentication failed.',
    cause: 'The presented credential did not match the enrolled one.',
    advice: 'say that the credential was not recognised and offer a retry',
  },
  {
    family: 'UserAuthResultCode',
    member: 'GENERAL_ERROR',
    value: 12500002,
    since: 9,
    message: 'General operation error.',
    cause:
      'The service could not run the request: a bad argument at the ' +
      'native layer, a service that is not running, or a failed IPC call.',
    advice: 'report a temporary problem and let the person try again later',
  },
  {
    family: 'UserAuthResultCode',
    member: 'CANCELED',
    value: 12500003,
    since: 9,
    message: 'Authentication canceled.',
    cause: 'The person or the system canceled the authentication.',
    advice: 'return quietly to the previous screen',
  },
  {
    family: 'UserAuthResultCode',
    member: 'TIMEOUT',
    value: 12500004,
    since: 9,
    message: 'Authentication timeout.',
    cause: 'The person did not finish authenticating in time.',
    advice: 'say that the prompt timed out and offer to start again',
  },
  {
    family: 'UserAuthResultCode',
    member: 'TYPE_NOT_SUPPORT',
    value: 12500005,
    since: 9,
    message: 'The authentication type is not supported.',
    cause:
      'The requested type is not valid here, or the device has no ' +
      'hardware for it.',
    advice: 'offer another way to authenticate',
  },
  {
    family: 'UserAuthResultCode',
    member: 'TRUST_LEVEL_NOT_SUPPORT',
    value: 12500006,
    since: 9,
    message: 'The authentication trust level is not supported.',
    cause:
      'The trust level is out of range, or the device cannot reach it ' +
      'with the requested type.',
    advice: 'offer another way to authenticate or a lower trust level',
  },
  {
    family: 'UserAuthResultCode',
    member: 'BUSY',
    value: 12500007,
    since: 9,
    message: 'Authentication service is busy.',
    cause: 'Another authentication is still in progress.',
    advice: 'wait for the running authentication and try again',
  },
  {
    family: 'UserAuthResultCode',
    member: 'INVALID_PARAMETERS',
    value: 12500008,
    since: 20,
    message: 'The parameter is out of range.',
    cause: 'An argument lies outside the range the API accepts.',
    advice: 'fix the arguments passed to the API',
  },
  {
    family: 'UserAuthResultCode',
    member: 'LOCKED',
    value: 12500009,
    since: 9,
    message: 'Authentication is locked out.',
    cause: 'Too many failed attempts locked this authentication type.',
    advice: 'tell the person they are locked out and to try again later',
  },
  {
    family: 'UserAuthResultCode',
    member: 'NOT_ENROLLED',
    value: 12500010,
    since: 9,
    message: 'The type of credential has not been enrolled.',
    cause: 'No credential of the requested type is enrolled on the device.',
    advice: 'ask the person to enrol the credential in Settings first',
  },
  {
    family: 'UserAuthResultCode',
    member: 'CANCELED_FROM_WIDGET',
    value: 12500011,
    since: 10,
    message: 'Switched to the custom authentication process.',
    cause:
      "The person tapped the widget's navigation button to use the " +
      "app's own authentication.",
    advice: "open the app's own authentication screen",
  },
  {
    family: 'UserAuthResultCode',
    member: 'PIN_EXPIRED',
    value: 12500013,
    since: 12,
    message: 'Operation failed because of PIN expired.',
    cause: 'The lock-screen password has expired.',
    advice: 'tell the person their lock-screen PIN expired and must be reset',
  },
  {
    family: 'UserAuthResultCode',
    member: 'AUTH_TOKEN_CHECK_FAILED',
    value: 12500015,
    since: 18,
    systemOnly: true,
    message: 'Operation failed because of authToken integrity check failed.',
    cause: 'The authentication token did not pass its integrity check.',
    advice: 'authenticate again to obtain a valid token',
  },
  {
    family: 'UserAuthResultCode',
    member: 'AUTH_TOKEN_EXPIRED',
    value: 12500016,
    since: 18,
    systemOnly: true,
    message: 'Operation failed because of authToken has expired.',
    cause: 'The token is older than the validity period passed in.',
    advice: 'authenticate again to obtain a fresh token',
  },
  {
    family: 'UserAuthResultCode',
    member: 'REUSE_AUTH_RESULT_FAILED',
    value: 12500017,
    since: 20,
    systemOnly: true,
    message: 'Failed to reuse authentication result.',
    cause: 'No earlier authentication result could be reused.',
    advice: 'run a fresh authentication',
  },
];

function currentAndLegacyCodes(): CodeInfo[] {
  return [
    ...CURRENT_CODES,
    // API 8: `ResultCode`, deprecated since API 9.
    ...legacyCodes('ResultCode', 8, 9, [
      ['SUCCESS', 0, 'Authentication succeeded.'],
      ['FAIL', 1, 'Authentication failed.'],
      ['GENERAL_ERROR', 2, 'General operation error.'],
      ['CANCELED', 3, 'Authentication canceled.'],
      ['TIMEOUT', 4, 'Authentication timeout.'],
      ['TYPE_NOT_SUPPORT', 5, 'The authentication type is not supported.'],
      [
        'TRUST_LEVEL_NOT_SUPPORT',
        6,
        'The authentication trust level is not supported.',
      ],
      ['BUSY', 7, 'Authentication service is busy.'],
      ['INVALID_PARAMETERS', 8, 'Invalid parameters.'],
      ['LOCKED', 9, 'Authentication is locked out.'],
      ['NOT_ENROLLED', 10, 'The type of credential has not been enrolled.'],
    ]),

    // API 6: `AuthenticationResult`, deprecated since API 8. Same names as
    // `ResultCode` in places, but other numbers.
    ...legacyCodes('AuthenticationResult', 6, 8, [
      ['NO_SUPPORT', -1, 'The type or trust level is not supported.'],
      ['SUCCESS', 0, 'Authentication succeeded.'],
      ['COMPARE_FAILURE', 1, 'The credential did not match.'],
      ['CANCELED', 2, 'Authentication canceled.'],
      ['TIMEOUT', 3, 'Authentication timeout.'],
      ['CAMERA_FAIL', 4, 'The camera failed.'],
      ['BUSY', 5, 'Authentication service is busy.'],
      ['INVALID_PARAMETERS', 6, 'Invalid parameters.'],
      ['LOCKED', 7, 'Authentication is locked out.'],
      ['NOT_ENROLLED', 8, 'The type of credential has not been enrolled.'],
      ['GENERAL_ERROR', 100, 'General operation error.'],
    ]),

    // Codes shared by every OpenHarmony API. No userAuth enum names them.
    {
      family: 'universal',
      value: 201,
      since: 6,
      message: 'Permission denied.',
      cause: 'The app lacks the permission the API needs.',
      advice: 'request the missing permission or explain why it is needed',
    },
    {
      family: 'universal',
      value: 202,
      since: 6,
      message: 'Permission denied. Called by non-system application.',
      cause: 'A system API was called by an ordinary app.',
      advice: 'do not call system APIs from an ordinary app',
    },
    {
      family: 'universal',
      value: 401,
      since: 6,
      message: 'Parameter error.',
      cause: 'An argument is missing or has the wrong type.',
      advice: 'fix the arguments passed to the API',
    },
    {
      family: 'universal',
      value: 801,
      since: 6,
      message: 'Capability not supported.',
      cause:
        'The device lacks the system capability. No userAuth or faceAuth ' +
        'API documents this code.',
      advice: 'hide the feature on devices without the capability',
    },

    // `@ohos.userIAM.faceAuth`.
    {
      family: 'faceAuth',
      value: 12700001,
      since: 9,
      systemOnly: true,
      message: 'The service is unavailable.',
      cause:
        'The face service is not running, IPC failed, or the face driver ' +
        'reported an error while a surface was being set.',
      advice: 'report a temporary problem and try again later',
    },
  ];
}

type LegacyRow = readonly [member: string, value: number, message: string];

/** Builds the entries of a deprecated enum, whose advice is to migrate. */
function legacyCodes(
  family: 'AuthenticationResult' | 'ResultCode',
  since: number,
  deprecatedSince: number,
  rows: readonly LegacyRow[],
): CodeInfo[] {
  return rows.map(([member, value, message]) => ({
    family,
    member,
    value,
    since,
    deprecatedSince,
    message,
    cause: `\`${family}.${member}\` of the API ${since} interface.`,
    advice: adviceOfCurrentNamesake(member),
  }));
}

/**
 * A deprecated member means what its namesake in `UserAuthResultCode`
 * means, so it shares the advice. Names without a namesake get their own.
 */
function adviceOfCurrentNamesake(member: string): string {
  const namesake = LEGACY_NAMESAKES[member] ?? member;
  const current = CURRENT_CODES.find(code => code.member === namesake);

  return current?.advice ?? LEGACY_ONLY_ADVICE[member] ?? '';
}

const LEGACY_NAMESAKES: Readonly<Record<string, string>> = {
  COMPARE_FAILURE: 'FAIL',
  NO_SUPPORT: 'TYPE_NOT_SUPPORT',
};

const LEGACY_ONLY_ADVICE: Readonly<Record<string, string>> = {
  CAMERA_FAIL: 'report a camera problem and offer another way in',
};

/**
 * Every code an app can meet through `@ohos.userIAM.userAuth` and
 * `@ohos.userIAM.faceAuth`, in all three numbering generations, plus the
 * universal codes. Values, members and API levels follow the platform's
 * declarations; causes and advice are ours. Declared last because the
 * builders above read the tables while it is made.
 */
export const CODES: readonly CodeInfo[] = currentAndLegacyCodes();

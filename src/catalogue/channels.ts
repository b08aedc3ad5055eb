import type { CodeSpan, ResultChannel } from './types.js';

/** Codes 12500000 to 12500007, delivered by both current result channels. */
const FIRST_EIGHT_CURRENT_CODES: readonly CodeSpan[] = [
  { code: 12500000 },
  { code: 12500001 },
  { code: 12500002 },
  { code: 12500003 },
  { code: 12500004 },
  { code: 12500005 },
  { code: 12500006 },
  { code: 12500007 },
];

/**
 * The callbacks that receive a result code, and the codes that can really
 * arrive on each, as the framework maps its internal results. The universal
 * codes arrive too, although no enum names them.
 */
export const RESULT_CHANNELS: readonly ResultChannel[] = [
  {
    id: 'result',
    receiver: 'IAuthCallback.onResult',
    subject: 'UserAuthResult.result',
    family: 'UserAuthResultCode',
    since: 10,
    recommendedRequired: ['LOCKED', 'TIMEOUT', 'PIN_EXPIRED'],
    delivers: [
      ...FIRST_EIGHT_CURRENT_CODES,
      { code: 12500009 },
      { code: 12500010 },
      { code: 12500011 },
      { code: 12500013, since: 12 },
      { code: 201 },
      { code: 202 },
      { code: 401 },
    ],
  },
  {
    id: 'authEvent',
    receiver: 'AuthEvent.callback',
    subject: 'AuthResultInfo.result',
    family: 'UserAuthResultCode',
    since: 9,
    deprecatedSince: 11,
    recommendedRequired: ['LOCKED', 'TIMEOUT'],
    // An expired PIN arrives as 12500002 here, and invalid parameters as 401.
    delivers: [
      ...FIRST_EIGHT_CURRENT_CODES,
      { code: 12500009 },
      { code: 12500010 },
      { code: 201 },
      { code: 401 },
    ],
  },
  {
    id: 'legacyCallback',
    receiver: 'IUserAuthCallback.onResult',
    subject: 'IUserAuthCallback.onResult(result)',
    family: 'ResultCode',
    since: 8,
    deprecatedSince: 9,
    recommendedRequired: ['LOCKED', 'TIMEOUT'],
    // Anything outside 0 to 10, an expired PIN included, arrives as 2.
    delivers: [
      ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(code => ({ code })),
      { code: 201 },
    ],
  },
];

/*
 * Stand-in declarations for `@ohos.userIAM.userAuth`, written for
 * eslint-plugin-userauth from the public API description. Not the
 * OpenHarmony SDK. Same shape as the real file: one ambient namespace,
 * exported as the module's default export.
 */

import type { AsyncCallback } from './@ohos.base';

/**
 * User authentication: PIN, face and fingerprint.
 *
 * @since 6
 * @syscap SystemCapability.UserIAM.UserAuth.Core
 */
declare namespace userAuth {
  /**
   * Longest time, in milliseconds, for which an earlier unlock result may be
   * reused (5 minutes).
   *
   * @since 12
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  const MAX_ALLOWABLE_REUSE_DURATION: 300000;

  /**
   * Value of `AuthLockState.lockoutDuration` when the lock is permanent
   * (0x7fffffff).
   *
   * @since 22
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  const PERMANENT_LOCKOUT_DURATION: number;

  /**
   * Authentication type names of the API 6 authenticator.
   *
   * @since 6
   * @deprecated since 8
   * @useinstead userAuth.UserAuthType
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  type AuthType = 'ALL' | 'FACE_ONLY';

  /**
   * Security level names of the API 6 authenticator.
   *
   * @since 6
   * @deprecated since 8
   * @useinstead userAuth.AuthTrustLevel
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  type SecureLevel = 'S1' | 'S2' | 'S3' | 'S4';

  /**
   * The API 6 authenticator.
   *
   * @since 6
   * @deprecated since 8
   * @useinstead userAuth.AuthInstance
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface Authenticator {
    /**
     * Runs authentication and passes an `AuthenticationResult` number to
     * the callback.
     *
     * @permission ohos.permission.ACCESS_BIOMETRIC
     * @param type - authentication type name
     * @param level - security level name
     * @param callback - receives the `AuthenticationResult` number
     * @since 6
     * @deprecated since 8
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    execute(
      type: AuthType,
      level: SecureLevel,
      callback: AsyncCallback<number>,
    ): void;

    /**
     * Runs authentication; the promise settles with an
     * `AuthenticationResult` number.
     *
     * @permission ohos.permission.ACCESS_BIOMETRIC
     * @param type - authentication type name
     * @param level - security level name
     * @returns the `AuthenticationResult` number
     * @since 6
     * @deprecated since 8
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    execute(type: AuthType, level: SecureLevel): Promise<number>;
  }

  /**
   * Returns the API 6 authenticator.
   *
   * @returns the authenticator
   * @since 6
   * @deprecated since 8
   * @useinstead userAuth.getAuthInstance
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  function getAuthenticator(): Authenticator;

  /**
   * The API 8 authentication object.
   *
   * @since 8
   * @deprecated since 9
   * @useinstead userAuth.AuthInstance
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  class UserAuth {
    /**
     * Creates the authentication object.
     *
     * @since 8
     * @deprecated since 9
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    constructor();

    /**
     * Returns the version of the authentication service.
     *
     * @permission ohos.permission.ACCESS_BIOMETRIC
     * @returns the version number
     * @since 8
     * @deprecated since 9
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    getVersion(): number;

    /**
     * Checks whether a type of authentication can be used at a trust level.
     * Returns `ResultCode.SUCCESS` or another `ResultCode` number.
     *
     * @permission ohos.permission.ACCESS_BIOMETRIC
     * @param authType - authentication type
     * @param authTrustLevel - required trust level
     * @returns a `ResultCode` number
     * @since 8
     * @deprecated since 9
     * @useinstead userAuth.getAvailableStatus
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    getAvailableStatus(
      authType: UserAuthType,
      authTrustLevel: AuthTrustLevel,
    ): number;

    /**
     * Starts authentication; the outcome goes to `callback.onResult`.
     *
     * @permission ohos.permission.ACCESS_BIOMETRIC
     * @param challenge - random challenge
     * @param authType - authentication type
     * @param authTrustLevel - required trust level
     * @param callback - receives the outcome
     * @returns the context ID used to cancel
     * @since 8
     * @deprecated since 9
     * @useinstead userAuth.AuthInstance.start
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    auth(
      challenge: Uint8Array,
      authType: UserAuthType,
      authTrustLevel: AuthTrustLevel,
      callback: IUserAuthCallback,
    ): Uint8Array;

    /**
     * Cancels the authentication with the given context ID.
     *
     * @permission ohos.permission.ACCESS_BIOMETRIC
     * @param contextID - value returned by `auth`
     * @returns a `ResultCode` number
     * @since 8
     * @deprecated since 9
     * @useinstead userAuth.AuthInstance.cancel
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    cancelAuth(contextID: Uint8Array): number;
  }

  /**
   * Callbacks of the API 8 `UserAuth.auth`.
   *
   * @since 8
   * @deprecated since 9
   * @useinstead userAuth.AuthEvent
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface IUserAuthCallback {
    /**
     * Receives the outcome as a `ResultCode` number plus extra data.
     *
     * @since 8
     * @deprecated since 9
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    onResult: (result: number, extraInfo: AuthResult) => void;

    /**
     * Receives prompts while authentication runs.
     *
     * @since 8
     * @deprecated since 9
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    onAcquireInfo?: (module: number, acquire: number, extraInfo: any) => void;
  }

  /**
   * Extra data of an API 8 authentication outcome.
   *
   * @since 8
   * @deprecated since 9
   * @useinstead userAuth.AuthResultInfo
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface AuthResult {
    /**
     * Token, present on success.
     *
     * @since 8
     */
    token?: Uint8Array;

    /**
     * Attempts left, present on failure.
     *
     * @since 8
     */
    remainTimes?: number;

    /**
     * Lock time in milliseconds, present when locked.
     *
     * @since 8
     */
    freezingTime?: number;
  }

  /**
   * Result codes of the API 8 interface.
   *
   * @since 8
   * @deprecated since 9
   * @useinstead userAuth.UserAuthResultCode
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  enum ResultCode {
    /** Success. @since 8 */
    SUCCESS = 0,
    /** Authentication failed. @since 8 */
    FAIL = 1,
    /** Other error. @since 8 */
    GENERAL_ERROR = 2,
    /** Canceled. @since 8 */
    CANCELED = 3,
    /** Timed out. @since 8 */
    TIMEOUT = 4,
    /** Type not supported. @since 8 */
    TYPE_NOT_SUPPORT = 5,
    /** Trust level not supported. @since 8 */
    TRUST_LEVEL_NOT_SUPPORT = 6,
    /** Service busy. @since 8 */
    BUSY = 7,
    /** Invalid parameters. @since 8 */
    INVALID_PARAMETERS = 8,
    /** Locked out. @since 8 */
    LOCKED = 9,
    /** Nothing enrolled. @since 8 */
    NOT_ENROLLED = 10,
  }

  /**
   * Face prompts of the API 8 interface.
   *
   * @since 8
   * @deprecated since 11
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  enum FaceTips {
    /** Too much light. @since 8 */
    FACE_AUTH_TIP_TOO_BRIGHT = 1,
    /** Too little light. @since 8 */
    FACE_AUTH_TIP_TOO_DARK = 2,
    /** Face too close. @since 8 */
    FACE_AUTH_TIP_TOO_CLOSE = 3,
    /** Face too far away. @since 8 */
    FACE_AUTH_TIP_TOO_FAR = 4,
    /** Face too high. @since 8 */
    FACE_AUTH_TIP_TOO_HIGH = 5,
    /** Face too low. @since 8 */
    FACE_AUTH_TIP_TOO_LOW = 6,
    /** Face too far right. @since 8 */
    FACE_AUTH_TIP_TOO_RIGHT = 7,
    /** Face too far left. @since 8 */
    FACE_AUTH_TIP_TOO_LEFT = 8,
    /** Face moves too much. @since 8 */
    FACE_AUTH_TIP_TOO_MUCH_MOTION = 9,
    /** Not looking at the device. @since 8 */
    FACE_AUTH_TIP_POOR_GAZE = 10,
    /** No face found. @since 8 */
    FACE_AUTH_TIP_NOT_DETECTED = 11,
  }

  /**
   * Fingerprint prompts of the API 8 interface.
   *
   * @since 8
   * @deprecated since 11
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  enum FingerprintTips {
    /** Good image. @since 8 */
    FINGERPRINT_AUTH_TIP_GOOD = 0,
    /** Sensor or finger dirty. @since 8 */
    FINGERPRINT_AUTH_TIP_DIRTY = 1,
    /** Image too weak. @since 8 */
    FINGERPRINT_AUTH_TIP_INSUFFICIENT = 2,
    /** Only part of the finger seen. @since 8 */
    FINGERPRINT_AUTH_TIP_PARTIAL = 3,
    /** Finger moved too fast. @since 8 */
    FINGERPRINT_AUTH_TIP_TOO_FAST = 4,
    /** Finger moved too slowly. @since 8 */
    FINGERPRINT_AUTH_TIP_TOO_SLOW = 5,
  }

  /**
   * Types of credential.
   *
   * @since 8
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  enum UserAuthType {
    /** Lock-screen PIN. @since 10 */
    PIN = 1,
    /** Face. @since 8 */
    FACE = 2,
    /** Fingerprint. @since 8 */
    FINGERPRINT = 4,
    /** Private-space PIN. @since 14 @systemapi */
    PRIVATE_PIN = 16,
    /**
     * Companion device; cannot be combined with other types in one request.
     * @since 26.0.0
     */
    COMPANION_DEVICE = 64,
  }

  /**
   * Trust levels of an authentication.
   *
   * @since 8
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  enum AuthTrustLevel {
    /** Level 1. @since 8 */
    ATL1 = 10000,
    /** Level 2. @since 8 */
    ATL2 = 20000,
    /** Level 3. @since 8 */
    ATL3 = 30000,
    /** Level 4. @since 8 */
    ATL4 = 40000,
  }

  /**
   * Event names of the API 9 `AuthInstance.on` and `off`.
   *
   * @since 9
   * @deprecated since 11
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  type AuthEventKey = 'result' | 'tip';

  /**
   * What an API 9 `AuthEvent` receives.
   *
   * @since 9
   * @deprecated since 11
   * @useinstead userAuth.UserAuthResult
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  type EventInfo = AuthResultInfo | TipInfo;

  /**
   * Listener of the API 9 `AuthInstance`.
   *
   * @since 9
   * @deprecated since 11
   * @useinstead userAuth.IAuthCallback
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface AuthEvent {
    /**
     * Receives a result or a prompt.
     *
     * @param result - the event data
     * @since 9
     * @deprecated since 11
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    callback(result: EventInfo): void;
  }

  /**
   * Outcome of an API 9 authentication.
   *
   * @since 9
   * @deprecated since 11
   * @useinstead userAuth.UserAuthResult
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface AuthResultInfo {
    /**
     * A `UserAuthResultCode` number.
     *
     * @since 9
     */
    result: number;

    /**
     * Token, present on success.
     *
     * @since 9
     */
    token?: Uint8Array;

    /**
     * Attempts left.
     *
     * @since 9
     */
    remainAttempts?: number;

    /**
     * Lock time in milliseconds.
     *
     * @since 9
     */
    lockoutDuration?: number;
  }

  /**
   * Prompt of an API 9 authentication.
   *
   * @since 9
   * @deprecated since 11
   * @useinstead userAuth.AuthTipInfo
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface TipInfo {
    /**
     * Module that sent the prompt.
     *
     * @since 9
     */
    module: number;

    /**
     * A `FaceTips` or `FingerprintTips` number.
     *
     * @since 9
     */
    tip: number;
  }

  /**
   * The API 9 authentication object. Each instance authenticates once.
   *
   * @since 9
   * @deprecated since 10
   * @useinstead userAuth.UserAuthInstance
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface AuthInstance {
    /**
     * Subscribes to 'result' or 'tip'.
     *
     * @throws { BusinessError } 401 - Parameter error.
     * @throws { BusinessError } 12500002 - General operation error.
     * @since 9
     * @deprecated since 10
     * @useinstead userAuth.UserAuthInstance.on
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    on: (name: AuthEventKey, callback: AuthEvent) => void;

    /**
     * Unsubscribes from 'result' or 'tip'.
     *
     * @throws { BusinessError } 401 - Parameter error.
     * @throws { BusinessError } 12500002 - General operation error.
     * @since 9
     * @deprecated since 10
     * @useinstead userAuth.UserAuthInstance.off
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    off: (name: AuthEventKey) => void;

    /**
     * Starts authentication.
     *
     * @permission ohos.permission.ACCESS_BIOMETRIC
     * @throws { BusinessError } 201 - Permission denied.
     * @throws { BusinessError } 401 - Parameter error.
     * @throws { BusinessError } 12500001 - Authentication failed.
     * @throws { BusinessError } 12500002 - General operation error.
     * @throws { BusinessError } 12500003 - Authentication canceled.
     * @throws { BusinessError } 12500004 - Authentication timed out.
     * @throws { BusinessError } 12500005 - Authentication type not supported.
     * @throws { BusinessError } 12500006 - Trust level not supported.
     * @throws { BusinessError } 12500007 - Authentication service busy.
     * @throws { BusinessError } 12500009 - Authentication locked out.
     * @throws { BusinessError } 12500010 - No credential of this type enrolled.
     * @since 9
     * @deprecated since 10
     * @useinstead userAuth.UserAuthInstance.start
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    start: () => void;

    /**
     * Cancels a started authentication.
     *
     * @permission ohos.permission.ACCESS_BIOMETRIC
     * @throws { BusinessError } 201 - Permission denied.
     * @throws { BusinessError } 401 - Parameter error.
     * @throws { BusinessError } 12500002 - General operation error.
     * @since 9
     * @deprecated since 10
     * @useinstead userAuth.UserAuthInstance.cancel
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    cancel: () => void;
  }

  /**
   * Checks whether a type of authentication can be used at a trust level.
   * Returns nothing: success means no error was thrown.
   *
   * @permission ohos.permission.ACCESS_BIOMETRIC
   * @param authType - authentication type
   * @param authTrustLevel - required trust level
   * @throws { BusinessError } 201 - Permission denied.
   * @throws { BusinessError } 401 - Parameter error.
   * @throws { BusinessError } 12500002 - General operation error.
   * @throws { BusinessError } 12500005 - Authentication type not supported.
   * @throws { BusinessError } 12500006 - Trust level not supported.
   * @throws { BusinessError } 12500010 - No credential of this type enrolled.
   * @throws { BusinessError } 12500013 - Lock-screen PIN expired (from 12).
   * @since 9
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  function getAvailableStatus(
    authType: UserAuthType,
    authTrustLevel: AuthTrustLevel,
  ): void;

  /**
   * Which credentials of one type are enrolled.
   *
   * @since 12
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface EnrolledState {
    /**
     * Digest of the enrolled credentials (0 when a reused result's
     * credential was deleted).
     *
     * @since 12
     */
    credentialDigest: number;

    /**
     * Number of enrolled credentials.
     *
     * @since 12
     */
    credentialCount: number;
  }

  /**
   * Returns the enrolled state of one type of credential.
   *
   * @permission ohos.permission.ACCESS_BIOMETRIC
   * @param authType - authentication type
   * @returns the enrolled state
   * @throws { BusinessError } 201 - Permission denied.
   * @throws { BusinessError } 401 - Parameter error.
   * @throws { BusinessError } 12500002 - General operation error.
   * @throws { BusinessError } 12500005 - Authentication type not supported.
   * @throws { BusinessError } 12500010 - No credential of this type enrolled.
   * @since 12
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  function getEnrolledState(authType: UserAuthType): EnrolledState;

  /**
   * Lockout state of one type of credential.
   *
   * @since 22
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface AuthLockState {
    /**
     * Whether the type is locked.
     *
     * @since 22
     */
    isLocked: boolean;

    /**
     * Attempts left before a lock (at most 5).
     *
     * @since 22
     */
    remainingAuthAttempts: number;

    /**
     * Lock time in milliseconds; `PERMANENT_LOCKOUT_DURATION` when
     * permanent.
     *
     * @since 22
     */
    lockoutDuration: number;
  }

  /**
   * Reads the lockout state of FACE, FINGERPRINT or PIN. Argument problems
   * are thrown; service failures reject the promise.
   *
   * @permission ohos.permission.ACCESS_BIOMETRIC
   * @param authType - authentication type
   * @returns the lockout state
   * @throws { BusinessError } 201 - Permission denied.
   * @throws { BusinessError } 12500002 - General operation error.
   * @throws { BusinessError } 12500005 - Authentication type not supported.
   * @throws { BusinessError } 12500008 - Parameter out of range.
   * @throws { BusinessError } 12500010 - No credential of this type enrolled.
   * @since 22
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  function getAuthLockState(authType: UserAuthType): Promise<AuthLockState>;

  /**
   * Window style of the system authentication widget.
   *
   * @systemapi
   * @since 10
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  enum WindowModeType {
    /** Dialog box (default). @since 10 */
    DIALOG_BOX = 1,
    /** Full screen. @since 10 */
    FULLSCREEN = 2,
  }

  /**
   * How an earlier unlock result may be reused.
   *
   * @since 12
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  enum ReuseMode {
    /** Same caller, same authentication type. @since 12 */
    AUTH_TYPE_RELEVANT = 1,
    /** Same caller, any authentication type. @since 12 */
    AUTH_TYPE_IRRELEVANT = 2,
    /** Any caller, same authentication type. @since 14 */
    CALLER_IRRELEVANT_AUTH_TYPE_RELEVANT = 3,
    /** Any caller, any authentication type. @since 14 */
    CALLER_IRRELEVANT_AUTH_TYPE_IRRELEVANT = 4,
  }

  /**
   * Reuse settings of an unlock result.
   *
   * @since 12
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface ReuseUnlockResult {
    /**
     * Reuse mode.
     *
     * @since 12
     */
    reuseMode: ReuseMode;

    /**
     * How long, in milliseconds, the result may be reused (above 0, at most
     * `MAX_ALLOWABLE_REUSE_DURATION`).
     *
     * @since 12
     */
    reuseDuration: number;
  }

  /**
   * What to authenticate.
   *
   * @since 10
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface AuthParam {
    /**
     * Random challenge, at most 32 bytes.
     *
     * @since 10
     */
    challenge: Uint8Array;

    /**
     * Accepted authentication types.
     *
     * @since 10
     */
    authType: UserAuthType[];

    /**
     * Required trust level.
     *
     * @since 10
     */
    authTrustLevel: AuthTrustLevel;

    /**
     * Allows reuse of a recent unlock result.
     *
     * @since 12
     */
    reuseUnlockResult?: ReuseUnlockResult;

    /**
     * User to authenticate.
     *
     * @systemapi
     * @since 18
     */
    userId?: number;

    /**
     * Skip biometric types that are locked out.
     *
     * @since 20
     */
    skipLockedBiometricAuth?: boolean;

    /**
     * Credentials to accept.
     *
     * @systemapi
     * @since 23
     */
    credentialIdList?: Uint8Array[];
  }

  /**
   * How the system authentication widget looks.
   *
   * @since 10
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface WidgetParam {
    /**
     * Title, 1 to 500 characters.
     *
     * @since 10
     */
    title: string;

    /**
     * Text of the button that switches to the app's own authentication, at
     * most 60 characters. Pressing it ends with `CANCELED_FROM_WIDGET`.
     *
     * @since 10
     */
    navigationButtonText?: string;

    /**
     * Window style.
     *
     * @systemapi
     * @since 10
     */
    windowMode?: WindowModeType;

    /**
     * UI context for an application-modal widget. The real type is
     * `Context`, which this stand-in does not declare.
     *
     * @since 18
     */
    uiContext?: object;

    /**
     * Window the widget belongs to. The real type is `window.Window`, which
     * this stand-in does not declare.
     *
     * @systemapi
     * @since 26.0.0
     */
    appWindow?: object;
  }

  /**
   * Outcome of an authentication.
   *
   * @since 10
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface UserAuthResult {
    /**
     * `UserAuthResultCode.SUCCESS` on success, otherwise the failure code.
     *
     * @since 10
     */
    result: number;

    /**
     * Token, present on success (at most 1024 bytes).
     *
     * @since 10
     */
    token?: Uint8Array;

    /**
     * Type that authenticated the user.
     *
     * @since 10
     */
    authType?: UserAuthType;

    /**
     * Enrolled state of that type.
     *
     * @since 12
     */
    enrolledState?: EnrolledState;
  }

  /**
   * Receives the outcome of an authentication.
   *
   * @since 10
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface IAuthCallback {
    /**
     * Called once with the outcome.
     *
     * @param result - the outcome
     * @since 10
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    onResult(result: UserAuthResult): void;
  }

  /**
   * Prompt codes sent while authentication runs.
   *
   * @since 20
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  enum UserAuthTipCode {
    /** Credential did not match. @since 20 */
    COMPARE_FAILURE = 1,
    /** Attempt timed out. @since 20 */
    TIMEOUT = 2,
    /** Locked for a while. @since 20 */
    TEMPORARILY_LOCKED = 3,
    /** Locked until unlocked another way. @since 20 */
    PERMANENTLY_LOCKED = 4,
    /** Widget shown. @since 20 */
    WIDGET_LOADED = 5,
    /** Widget closed. @since 20 */
    WIDGET_RELEASED = 6,
    /** Credential did not match and the type is now frozen. @since 20 */
    COMPARE_FAILURE_WITH_FROZEN = 7,
  }

  /**
   * A prompt sent while authentication runs.
   *
   * @since 20
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface AuthTipInfo {
    /**
     * Type the prompt is about.
     *
     * @since 20
     */
    tipType: UserAuthType;

    /**
     * Prompt code.
     *
     * @since 20
     */
    tipCode: UserAuthTipCode;
  }

  /**
   * Receives prompts sent while authentication runs.
   *
   * @since 20
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  type AuthTipCallback = (authTipInfo: AuthTipInfo) => void;

  /**
   * An authentication using the system widget. Each instance authenticates
   * once; subscribe to 'result' before calling `start`.
   *
   * @since 10
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface UserAuthInstance {
    /**
     * Subscribes to the outcome.
     *
     * @param type - 'result'
     * @param callback - receives the outcome
     * @throws { BusinessError } 401 - Parameter error.
     * @throws { BusinessError } 12500002 - General operation error.
     * @since 10
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    on(type: 'result', callback: IAuthCallback): void;

    /**
     * Subscribes to prompts.
     *
     * @param type - 'authTip'
     * @param callback - receives prompts
     * @throws { BusinessError } 12500002 - General operation error.
     * @since 20
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    on(type: 'authTip', callback: AuthTipCallback): void;

    /**
     * Unsubscribes from the outcome.
     *
     * @param type - 'result'
     * @param callback - the callback given to `on`
     * @throws { BusinessError } 401 - Parameter error.
     * @throws { BusinessError } 12500002 - General operation error.
     * @since 10
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    off(type: 'result', callback?: IAuthCallback): void;

    /**
     * Unsubscribes from prompts.
     *
     * @param type - 'authTip'
     * @param callback - the callback given to `on`
     * @throws { BusinessError } 12500002 - General operation error.
     * @since 20
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    off(type: 'authTip', callback?: AuthTipCallback): void;

    /**
     * Starts authentication. API 10 to 19 also listed 12500001, 12500004
     * and 12500007 here; from API 20 they are no longer listed. Most
     * outcomes reach the 'result' callback rather than being thrown.
     *
     * @permission ohos.permission.ACCESS_BIOMETRIC or
     *   ohos.permission.USER_AUTH_FROM_BACKGROUND (from 20)
     * @throws { BusinessError } 201 - Permission denied.
     * @throws { BusinessError } 401 - Parameter error.
     * @throws { BusinessError } 12500002 - General operation error.
     * @throws { BusinessError } 12500003 - Authentication canceled.
     * @throws { BusinessError } 12500005 - Authentication type not supported.
     * @throws { BusinessError } 12500006 - Trust level not supported.
     * @throws { BusinessError } 12500009 - Authentication locked out.
     * @throws { BusinessError } 12500010 - No credential of this type enrolled.
     * @throws { BusinessError } 12500011 - Switched to custom authentication.
     * @throws { BusinessError } 12500013 - Lock-screen PIN expired (from 12).
     * @since 10
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    start(): void;

    /**
     * Cancels a started authentication.
     *
     * @permission ohos.permission.ACCESS_BIOMETRIC
     * @throws { BusinessError } 201 - Permission denied.
     * @throws { BusinessError } 401 - Parameter error.
     * @throws { BusinessError } 12500002 - General operation error.
     * @since 10
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    cancel(): void;
  }

  /**
   * Creates an API 9 authentication object (FACE or FINGERPRINT).
   *
   * @param challenge - random challenge, at most 32 bytes
   * @param authType - authentication type
   * @param authTrustLevel - required trust level
   * @returns the authentication object
   * @throws { BusinessError } 401 - Parameter error.
   * @throws { BusinessError } 12500002 - General operation error.
   * @throws { BusinessError } 12500005 - Authentication type not supported.
   * @throws { BusinessError } 12500006 - Trust level not supported.
   * @since 9
   * @deprecated since 10
   * @useinstead userAuth.getUserAuthInstance
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  function getAuthInstance(
    challenge: Uint8Array,
    authType: UserAuthType,
    authTrustLevel: AuthTrustLevel,
  ): AuthInstance;

  /**
   * Creates an authentication that uses the system widget.
   *
   * @param authParam - what to authenticate
   * @param widgetParam - how the widget looks
   * @returns the authentication object
   * @throws { BusinessError } 401 - Parameter error.
   * @throws { BusinessError } 12500002 - General operation error.
   * @throws { BusinessError } 12500005 - Authentication type not supported.
   * @throws { BusinessError } 12500006 - Trust level not supported.
   * @since 10
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  function getUserAuthInstance(
    authParam: AuthParam,
    widgetParam: WidgetParam,
  ): UserAuthInstance;

  /**
   * Kinds of notice sent to the authentication service.
   *
   * @systemapi
   * @since 10
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  enum NoticeType {
    /** Notice from the authentication widget. @since 10 */
    WIDGET_NOTICE = 1,
  }

  /**
   * Sends a notice to the authentication service.
   *
   * @permission ohos.permission.SUPPORT_USER_AUTH
   * @param noticeType - kind of notice
   * @param eventData - JSON text, 0 to 65536 bytes
   * @throws { BusinessError } 201 - Permission denied.
   * @throws { BusinessError } 202 - Caller is not a system application.
   * @throws { BusinessError } 401 - Parameter error.
   * @throws { BusinessError } 12500002 - General operation error.
   * @systemapi
   * @since 10
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  function sendNotice(noticeType: NoticeType, eventData: string): void;

  /**
   * Manages the authentication widget.
   *
   * @systemapi
   * @since 10
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface UserAuthWidgetMgr {
    /**
     * Subscribes to widget commands.
     *
     * @param type - 'command'
     * @param callback - receives commands
     * @throws { BusinessError } 401 - Parameter error.
     * @throws { BusinessError } 12500002 - General operation error.
     * @systemapi
     * @since 10
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    on(type: 'command', callback: IAuthWidgetCallback): void;

    /**
     * Unsubscribes from widget commands.
     *
     * @param type - 'command'
     * @param callback - the callback given to `on`
     * @throws { BusinessError } 401 - Parameter error.
     * @throws { BusinessError } 12500002 - General operation error.
     * @systemapi
     * @since 10
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    off(type: 'command', callback?: IAuthWidgetCallback): void;
  }

  /**
   * Returns the widget manager.
   *
   * @permission ohos.permission.SUPPORT_USER_AUTH
   * @param version - widget version; only 1 exists
   * @returns the widget manager
   * @throws { BusinessError } 201 - Permission denied.
   * @throws { BusinessError } 202 - Caller is not a system application.
   * @throws { BusinessError } 401 - Parameter error.
   * @throws { BusinessError } 12500002 - General operation error.
   * @systemapi
   * @since 10
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  function getUserAuthWidgetMgr(version: number): UserAuthWidgetMgr;

  /**
   * Receives commands for the widget.
   *
   * @systemapi
   * @since 10
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface IAuthWidgetCallback {
    /**
     * Called with a command.
     *
     * @param cmdData - the command
     * @systemapi
     * @since 10
     * @syscap SystemCapability.UserIAM.UserAuth.Core
     */
    sendCommand(cmdData: string): void;
  }

  /**
   * Returns a reusable authentication token, if there is one.
   *
   * @permission ohos.permission.ACCESS_USER_AUTH_INTERNAL
   * @param authParam - what the token must match
   * @returns the token (at most 1024 bytes)
   * @throws { BusinessError } 201 - Permission denied.
   * @throws { BusinessError } 202 - Caller is not a system application.
   * @throws { BusinessError } 12500002 - General operation error.
   * @throws { BusinessError } 12500008 - Parameter out of range.
   * @throws { BusinessError } 12500017 - Cannot reuse the result.
   * @systemapi
   * @since 20
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  function queryReusableAuthResult(authParam: AuthParam): Uint8Array;

  /**
   * Supplies widget settings for a remote authentication.
   *
   * @systemapi
   * @since 26.0.0
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  type WidgetParamCallback = (challenge: Uint8Array) => WidgetParam;

  /**
   * Receives the outcome of a remote authentication.
   *
   * @systemapi
   * @since 26.0.0
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  type ResultCallback = (challenge: Uint8Array, result: UserAuthResult) => void;

  /**
   * Callbacks of a remote authentication.
   *
   * @systemapi
   * @since 26.0.0
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  interface IRemoteAuthCallback {
    /**
     * Supplies widget settings.
     *
     * @since 26.0.0
     */
    onGetRemoteAuthWidgetParam: WidgetParamCallback;

    /**
     * Receives the outcome.
     *
     * @since 26.0.0
     */
    onRemoteAuthResult: ResultCallback;
  }

  /**
   * Registers the callbacks of remote authentication (stage model only).
   *
   * @permission ohos.permission.ACCESS_USER_AUTH_INTERNAL
   * @param callback - the callbacks
   * @throws { BusinessError } 201 - Permission denied.
   * @throws { BusinessError } 202 - Caller is not a system application.
   * @throws { BusinessError } 12500002 - General operation error.
   * @systemapi
   * @since 26.0.0
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  function registerRemoteAuthCallback(callback: IRemoteAuthCallback): void;

  /**
   * Removes the callbacks of remote authentication (stage model only).
   *
   * @permission ohos.permission.ACCESS_USER_AUTH_INTERNAL
   * @throws { BusinessError } 201 - Permission denied.
   * @throws { BusinessError } 202 - Caller is not a system application.
   * @throws { BusinessError } 12500002 - General operation error.
   * @systemapi
   * @since 26.0.0
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  function unregisterRemoteAuthCallback(): void;

  /**
   * Result codes of the API 6 authenticator. The numbers differ from
   * `ResultCode` for the same names.
   *
   * @since 6
   * @deprecated since 8
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  export enum AuthenticationResult {
    /** Not supported. @since 6 */
    NO_SUPPORT = -1,
    /** Success. @since 6 */
    SUCCESS = 0,
    /** Credential did not match. @since 6 */
    COMPARE_FAILURE = 1,
    /** Canceled. @since 6 */
    CANCELED = 2,
    /** Timed out. @since 6 */
    TIMEOUT = 3,
    /** Camera could not be opened. @since 6 */
    CAMERA_FAIL = 4,
    /** Service busy. @since 6 */
    BUSY = 5,
    /** Invalid parameters. @since 6 */
    INVALID_PARAMETERS = 6,
    /** Locked out. @since 6 */
    LOCKED = 7,
    /** Nothing enrolled. @since 6 */
    NOT_ENROLLED = 8,
    /** Other error. @since 6 */
    GENERAL_ERROR = 100,
  }

  /**
   * Result and error codes of API 9 and later.
   *
   * @since 9
   * @syscap SystemCapability.UserIAM.UserAuth.Core
   */
  enum UserAuthResultCode {
    /** Authentication succeeded. @since 9 */
    SUCCESS = 12500000,
    /** Authentication failed. @since 9 */
    FAIL = 12500001,
    /** General operation error. @since 9 */
    GENERAL_ERROR = 12500002,
    /** Authentication canceled. @since 9 */
    CANCELED = 12500003,
    /** Authentication timed out. @since 9 */
    TIMEOUT = 12500004,
    /** Authentication type not supported. @since 9 */
    TYPE_NOT_SUPPORT = 12500005,
    /** Trust level not supported. @since 9 */
    TRUST_LEVEL_NOT_SUPPORT = 12500006,
    /** Authentication service busy. @since 9 */
    BUSY = 12500007,
    /** Parameter out of range. @since 20 */
    INVALID_PARAMETERS = 12500008,
    /** Authentication locked out. @since 9 */
    LOCKED = 12500009,
    /** No credential of this type enrolled. @since 9 */
    NOT_ENROLLED = 12500010,
    /** The user chose the app's own authentication. @since 10 */
    CANCELED_FROM_WIDGET = 12500011,
    /** Lock-screen PIN expired. @since 12 */
    PIN_EXPIRED = 12500013,
    /** Auth token integrity check failed. @since 18 @systemapi */
    AUTH_TOKEN_CHECK_FAILED = 12500015,
    /** Auth token expired. @since 18 @systemapi */
    AUTH_TOKEN_EXPIRED = 12500016,
    /** Cannot reuse the authentication result. @since 20 @systemapi */
    REUSE_AUTH_RESULT_FAILED = 12500017,
  }
}

export default userAuth;

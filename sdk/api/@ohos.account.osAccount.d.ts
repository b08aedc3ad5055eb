/*
 * A partial look-alike of `@ohos.account.osAccount`, written for
 * eslint-plugin-userauth. It repeats names found in userAuth (`UserAuth`,
 * `ResultCode`, `IUserAuthCallback`, `onResult`) so tests can prove the
 * plugin matches declarations, not names. Only the members needed for that
 * are declared.
 */

/**
 * Operating-system accounts (partial).
 */
declare namespace osAccount {
  /**
   * Credential types of the account service.
   */
  enum AuthType {
    /** PIN. */
    PIN = 1,
    /** Face. */
    FACE = 2,
  }

  /**
   * Trust levels of the account service.
   */
  enum AuthTrustLevel {
    /** Level 1. */
    ATL1 = 10000,
    /** Level 2. */
    ATL2 = 20000,
    /** Level 3. */
    ATL3 = 30000,
    /** Level 4. */
    ATL4 = 40000,
  }

  /**
   * Result codes of the account service's authentication.
   */
  enum ResultCode {
    /** Success. */
    SUCCESS = 0,
    /** Failed. */
    FAIL = 1,
    /** Other error. */
    GENERAL_ERROR = 2,
    /** Canceled. */
    CANCELED = 3,
    /** Timed out. */
    TIMEOUT = 4,
    /** Type not supported. */
    TYPE_NOT_SUPPORT = 5,
    /** Trust level not supported. */
    TRUST_LEVEL_NOT_SUPPORT = 6,
    /** Busy. */
    BUSY = 7,
    /** Invalid parameters. */
    INVALID_PARAMETERS = 8,
    /** Locked out. */
    LOCKED = 9,
    /** Nothing enrolled. */
    NOT_ENROLLED = 10,
  }

  /**
   * Extra data of an authentication outcome.
   */
  interface AuthResult {
    /** Token, present on success. */
    token?: Uint8Array;
    /** Attempts left. */
    remainTimes?: number;
    /** Lock time in milliseconds. */
    freezingTime?: number;
  }

  /**
   * Callbacks of `UserAuth.auth`.
   */
  interface IUserAuthCallback {
    /** Receives the outcome as a `ResultCode` number plus extra data. */
    onResult: (result: number, extraInfo: AuthResult) => void;
    /** Receives prompts while authentication runs. */
    onAcquireInfo?: (module: number, acquire: number, extraInfo: any) => void;
  }

  /**
   * Account-service authentication object.
   */
  class UserAuth {
    /** Creates the object. */
    constructor();

    /**
     * Returns the service version.
     *
     * @returns the version number
     */
    getVersion(): number;

    /**
     * Checks whether a type can be used at a trust level.
     *
     * @param authType - credential type
     * @param authTrustLevel - trust level
     * @returns a `ResultCode` number
     */
    getAvailableStatus(
      authType: AuthType,
      authTrustLevel: AuthTrustLevel,
    ): number;

    /**
     * Starts authentication; the outcome goes to `callback.onResult`.
     *
     * @param challenge - random challenge
     * @param authType - credential type
     * @param authTrustLevel - trust level
     * @param callback - receives the outcome
     * @returns the context ID used to cancel
     */
    auth(
      challenge: Uint8Array,
      authType: AuthType,
      authTrustLevel: AuthTrustLevel,
      callback: IUserAuthCallback,
    ): Uint8Array;

    /**
     * Cancels an authentication.
     *
     * @param contextID - value returned by `auth`
     * @returns a `ResultCode` number
     */
    cancelAuth(contextID: Uint8Array): number;
  }
}

export default osAccount;

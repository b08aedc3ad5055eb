/** The enums of `@ohos.userIAM.userAuth` that hold result codes. */
export type CodeEnumName =
  'AuthenticationResult' | 'ResultCode' | 'UserAuthResultCode';

/**
 * Where a number comes from: one of the three result enums, the universal
 * codes every OpenHarmony API may return, or the face-enrolment service.
 */
export type CodeFamily = CodeEnumName | 'faceAuth' | 'universal';

/** One code as the app can meet it at run time. */
export interface CodeInfo {
  /** What the app should do, or tell the person, when the code arrives. */
  readonly advice: string;
  /** Why the code is produced, in a sentence. */
  readonly cause: string;
  /** The API level that deprecated the code's enum, if it is deprecated. */
  readonly deprecatedSince?: number;
  readonly family: CodeFamily;
  /** The enum member that names the value, where one exists. */
  readonly member?: string;
  /** The message the platform documents for the code. */
  readonly message: string;
  /** The API level that introduced the code. */
  readonly since: number;
  /** True when only system applications can receive the code. */
  readonly systemOnly?: boolean;
  readonly value: number;
}

/**
 * A code in a list that changed over API levels: present from `since`
 * (inclusive) up to `until` (inclusive) when those are set.
 */
export interface CodeSpan {
  readonly code: number;
  readonly since?: number;
  readonly until?: number;
}

/** A function, method or constructor of the kit. */
export interface ApiInfo {
  /** The API level that deprecated it, if it is deprecated. */
  readonly deprecatedSince?: number;
  /** `'function'` for the namespace's own functions, else the owner type. */
  readonly kind: 'constructor' | 'function' | 'method';
  /** The member name as written in code (`start`, `getAvailableStatus`). */
  readonly member: string;
  /** Which module declares it. */
  readonly module: KitModule;
  /** The declaring class or interface, for methods and constructors. */
  readonly owner?: string;
  /** What to call instead, for deprecated entry points. */
  readonly replacement?: string;
  /** True when the failure also arrives as a rejected promise. */
  readonly returnsPromise?: boolean;
  readonly since: number;
  /** True for system APIs, which ordinary apps cannot call. */
  readonly systemApi?: boolean;
  /** The codes thrown synchronously as a `BusinessError` (or rejected). */
  readonly throws: readonly CodeSpan[];
  /**
   * The codes the framework really throws, where the declarations list more
   * than it does (the rest arrive through the result callback instead).
   */
  readonly thrownInPractice?: readonly number[];
}

/** The modules of the kit that the catalogue describes. */
export type KitModule = 'faceAuth' | 'userAuth';

/** A way a result code reaches the app through a callback. */
export type ResultChannelId = 'authEvent' | 'legacyCallback' | 'result';

/** A callback channel: what delivers codes and which codes it delivers. */
export interface ResultChannel {
  readonly delivers: readonly CodeSpan[];
  /** How the code is numbered on this channel. */
  readonly family: CodeEnumName;
  readonly id: ResultChannelId;
  /** The callback that receives the code, for messages and docs. */
  readonly receiver: string;
  /** Constant names required by the recommended config. */
  readonly recommendedRequired: readonly string[];
  readonly since: number;
  readonly deprecatedSince?: number;
  /** The expression that holds the code, for messages and docs. */
  readonly subject: string;
}

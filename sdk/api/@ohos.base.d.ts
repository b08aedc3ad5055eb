/*
 * Stand-in declarations for `@ohos.base`, written for eslint-plugin-userauth
 * from the public API description. Not the OpenHarmony SDK.
 */

/**
 * A callback that receives one value.
 *
 * @since 6
 */
export interface Callback<T> {
  (data: T): void;
}

/**
 * A callback that receives an error.
 *
 * @since 6
 */
export interface ErrorCallback<T extends Error = BusinessError> {
  (err: T): void;
}

/**
 * A node-style callback: `err` is null on success and `data` carries the
 * value.
 *
 * @since 6
 */
export interface AsyncCallback<T, E = void> {
  (err: BusinessError<E>, data: T): void;
}

/**
 * The error object thrown (or passed to callbacks) by system APIs. `code`
 * holds the numeric error code, for example 12500002.
 *
 * @since 6
 */
export interface BusinessError<T = void> extends Error {
  /**
   * Numeric error code.
   *
   * @since 6
   */
  code: number;

  /**
   * Extra data attached to the error.
   *
   * @since 9
   */
  data?: T;
}

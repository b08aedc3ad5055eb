/*
 * Stand-in for `@kit.BasicServicesKit` (only the `@ohos.base` part),
 * written for eslint-plugin-userauth.
 */

export {
  AsyncCallback,
  BusinessError,
  Callback,
  ErrorCallback,
} from '@ohos.base';

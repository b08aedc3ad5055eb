/*
 * Stand-in for `@kit.UserAuthenticationKit`, written for
 * eslint-plugin-userauth. Re-exports the module namespaces as named
 * bindings, like the real kit file.
 */

import userAuth from '@ohos.userIAM.userAuth';
import faceAuth from '@ohos.userIAM.faceAuth';

export { userAuth, faceAuth };

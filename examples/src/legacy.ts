// Checks kept from the API 8 and API 9 versions of the app; the home-screen
// widget still calls them.
import userIAM_userAuth from '@ohos.userIAM.userAuth';
import { BusinessError } from '@ohos.base';

export type CheckListener = (passed: boolean, message?: string) => void;

/** API 8 face check. Returns the context ID used to cancel it. */
export function legacyFaceCheck(
  challenge: Uint8Array,
  done: CheckListener,
): Uint8Array {
  const ResultCode = userIAM_userAuth.ResultCode;
  // Mistake: UserAuth is deprecated since API 9; use getUserAuthInstance.
  const legacyAuth = new userIAM_userAuth.UserAuth();
  // Mistake: UserAuth.auth is deprecated since API 9.
  return legacyAuth.auth(
    challenge,
    userIAM_userAuth.UserAuthType.FACE,
    userIAM_userAuth.AuthTrustLevel.ATL1,
    {
      onResult: (result, extraInfo) => {
        if (result === ResultCode.SUCCESS) {
          done(true);
        } else if (result === ResultCode.LOCKED) {
          const seconds = Math.ceil((extraInfo.freezingTime ?? 0) / 1000);
          done(false, `Face check is locked for ${seconds} s.`);
        } else if (result === ResultCode.TIMEOUT) {
          done(false, 'Timed out. Try again.');
        } else {
          done(false, 'Face not recognised.');
        }
      },
    },
  );
}

/** API 9 fingerprint check. */
export function legacyFingerprintCheck(
  challenge: Uint8Array,
  done: CheckListener,
): void {
  try {
    // Mistake: getAuthInstance is deprecated since API 10; use
    // getUserAuthInstance.
    const instance = userIAM_userAuth.getAuthInstance(
      challenge,
      userIAM_userAuth.UserAuthType.FINGERPRINT,
      userIAM_userAuth.AuthTrustLevel.ATL1,
    );
    instance.on('result', {
      callback(info: userIAM_userAuth.EventInfo): void {
        if (!('result' in info)) {
          return;
        }
        // Mistake: ResultCode.SUCCESS is 0 (API 8), but this callback
        // reports UserAuthResultCode values (12500000 on success), so this
        // never matches.
        if (info.result === userIAM_userAuth.ResultCode.SUCCESS) {
          done(true);
        } else if (info.result === userIAM_userAuth.UserAuthResultCode.LOCKED) {
          done(false, 'Fingerprint is locked. Try again later.');
        } else if (
          info.result === userIAM_userAuth.UserAuthResultCode.TIMEOUT
        ) {
          done(false, 'Timed out. Try again.');
        } else {
          done(false, 'Fingerprint not recognised.');
        }
      },
    });
    instance.start();
  } catch (err) {
    const code = (err as BusinessError).code;
    switch (code) {
      case userIAM_userAuth.UserAuthResultCode.TYPE_NOT_SUPPORT:
      case userIAM_userAuth.UserAuthResultCode.TRUST_LEVEL_NOT_SUPPORT:
      case userIAM_userAuth.UserAuthResultCode.NOT_ENROLLED:
        done(false, 'Set up a fingerprint to use this check.');
        break;
      case userIAM_userAuth.UserAuthResultCode.LOCKED:
        done(false, 'Fingerprint is locked. Try again later.');
        break;
      case userIAM_userAuth.UserAuthResultCode.TIMEOUT:
        done(false, 'Timed out. Try again.');
        break;
      default:
        done(false, 'Fingerprint check is not available now.');
    }
  }
}

// Signs the user in to the mail client with biometrics.
import { BusinessError } from '@kit.BasicServicesKit';
import { userAuth } from '@kit.UserAuthenticationKit';

const Codes = userAuth.UserAuthResultCode;

export type SignInOutcome =
  | { kind: 'signed-in'; token: Uint8Array }
  | { kind: 'use-password' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export type SignInListener = (outcome: SignInOutcome) => void;

export class LoginService {
  /**
   * Full sign-in: face or fingerprint, with a button that switches to the
   * password form. `challenge` comes from our server.
   */
  signIn(challenge: Uint8Array, listener: SignInListener): void {
    try {
      const instance = userAuth.getUserAuthInstance(
        {
          challenge,
          authType: [
            userAuth.UserAuthType.FACE,
            userAuth.UserAuthType.FINGERPRINT,
          ],
          authTrustLevel: userAuth.AuthTrustLevel.ATL3,
        },
        { title: 'Sign in to Mailbox', navigationButtonText: 'Use password' },
      );
      instance.on('result', {
        onResult(result: userAuth.UserAuthResult): void {
          switch (result.result) {
            case Codes.SUCCESS:
              if (result.token !== undefined) {
                listener({ kind: 'signed-in', token: result.token });
              } else {
                listener({ kind: 'use-password' });
              }
              break;
            case Codes.CANCELED_FROM_WIDGET:
            case Codes.NOT_ENROLLED:
              listener({ kind: 'use-password' });
              break;
            case Codes.CANCELED:
              listener({ kind: 'cancelled' });
              break;
            case Codes.LOCKED:
              listener({
                kind: 'failed',
                message:
                  'Too many attempts. Wait a while or use your password.',
              });
              break;
            case Codes.TIMEOUT:
              listener({
                kind: 'failed',
                message: 'Sign-in timed out. Try again.',
              });
              break;
            case Codes.PIN_EXPIRED:
              listener({
                kind: 'failed',
                message:
                  'Your lock screen PIN has expired. Update it in Settings.',
              });
              break;
            default:
              listener({
                kind: 'failed',
                message: 'Sign-in failed. Try again.',
              });
          }
        },
      });
      instance.start();
    } catch (err) {
      switch ((err as BusinessError).code) {
        case Codes.TYPE_NOT_SUPPORT:
        case Codes.TRUST_LEVEL_NOT_SUPPORT:
        case Codes.NOT_ENROLLED:
          listener({ kind: 'use-password' });
          break;
        case Codes.LOCKED:
          listener({
            kind: 'failed',
            message: 'Too many attempts. Wait a while or use your password.',
          });
          break;
        case Codes.PIN_EXPIRED:
          listener({
            kind: 'failed',
            message: 'Your lock screen PIN has expired. Update it in Settings.',
          });
          break;
        case Codes.BUSY:
          listener({
            kind: 'failed',
            message: 'Another sign-in is in progress. Try again in a moment.',
          });
          break;
        default:
          listener({
            kind: 'failed',
            message: 'Sign-in is not available now.',
          });
      }
    }
  }

  /** One-tap face sign-in shown on the start screen. */
  quickSignIn(challenge: Uint8Array, listener: SignInListener): void {
    try {
      const instance = userAuth.getUserAuthInstance(
        {
          challenge,
          authType: [userAuth.UserAuthType.FACE],
          authTrustLevel: userAuth.AuthTrustLevel.ATL3,
        },
        { title: 'Sign in to Mailbox' },
      );
      instance.on('result', {
        onResult(result: userAuth.UserAuthResult): void {
          // Mistake: magic number instead of UserAuthResultCode.SUCCESS.
          // Mistake: only SUCCESS is tested; a lockout, a timeout and an
          // expired PIN all get the same "try again" message.
          if (result.result === 12500000 && result.token !== undefined) {
            listener({ kind: 'signed-in', token: result.token });
          } else {
            listener({ kind: 'failed', message: 'Sign-in failed. Try again.' });
          }
        },
      });
      instance.start();
    } catch {
      // Mistake: catch-all; no code is tested, so "no face enrolled" and
      // "locked out" get the same message.
      listener({ kind: 'failed', message: 'Something went wrong.' });
    }
  }
}

// Locks the app when it goes to the background and unlocks it again.
import { BusinessError } from '@kit.BasicServicesKit';
import { userAuth as auth } from '@kit.UserAuthenticationKit';

export type UnlockListener = (unlocked: boolean, message?: string) => void;

export type PasswordsListener = (visible: boolean, message?: string) => void;

export class AppLock {
  private locked = true;

  isLocked(): boolean {
    return this.locked;
  }

  lock(): void {
    this.locked = true;
  }

  /**
   * Unlocks with face, fingerprint or PIN. A screen unlock from the last
   * five minutes is accepted without asking again.
   */
  unlock(challenge: Uint8Array, listener: UnlockListener): void {
    const Codes = auth.UserAuthResultCode;
    try {
      const instance = auth.getUserAuthInstance(
        {
          challenge,
          authType: [
            auth.UserAuthType.FACE,
            auth.UserAuthType.FINGERPRINT,
            auth.UserAuthType.PIN,
          ],
          authTrustLevel: auth.AuthTrustLevel.ATL2,
          reuseUnlockResult: {
            reuseMode: auth.ReuseMode.AUTH_TYPE_IRRELEVANT,
            reuseDuration: auth.MAX_ALLOWABLE_REUSE_DURATION,
          },
        },
        { title: 'Unlock Mailbox' },
      );
      instance.on('result', {
        onResult: result => {
          if (result.result === Codes.SUCCESS) {
            this.locked = false;
            listener(true);
          } else if (result.result === Codes.LOCKED) {
            listener(false, 'Too many attempts. Try again later.');
          } else if (result.result === Codes.TIMEOUT) {
            listener(false, 'Timed out. Tap to try again.');
          } else if (result.result === Codes.PIN_EXPIRED) {
            listener(false, 'Your lock screen PIN has expired. Update it.');
          } else if (result.result === Codes.CANCELED) {
            listener(false);
          } else {
            listener(false, 'Could not unlock. Try again.');
          }
        },
      });
      instance.start();
    } catch (err) {
      const code = (err as BusinessError).code;
      if (code === Codes.NOT_ENROLLED || code === Codes.TYPE_NOT_SUPPORT) {
        // Nothing to unlock with, so the app lock cannot work.
        this.locked = false;
        listener(true, 'App lock is off: set a lock screen PIN first.');
      } else if (code === Codes.LOCKED) {
        listener(false, 'Too many attempts. Try again later.');
      } else if (code === Codes.PIN_EXPIRED) {
        listener(false, 'Your lock screen PIN has expired. Update it.');
      } else if (code === Codes.TRUST_LEVEL_NOT_SUPPORT) {
        listener(false, 'This device cannot unlock Mailbox securely.');
      } else {
        listener(false, 'Unlock is not available now.');
      }
    }
  }

  /** Asks again before saved passwords are shown. */
  revealPasswords(challenge: Uint8Array, show: PasswordsListener): void {
    try {
      const instance = auth.getUserAuthInstance(
        {
          challenge,
          authType: [auth.UserAuthType.PIN],
          authTrustLevel: auth.AuthTrustLevel.ATL3,
        },
        { title: 'Show saved passwords' },
      );
      // Mistake: start() is called before on('result') is registered.
      instance.start();
      instance.on('result', {
        onResult(result) {
          // Mistake: only SUCCESS is tested; a lockout, a timeout and an
          // expired PIN all hide the passwords without a word.
          if (result.result === auth.UserAuthResultCode.SUCCESS) {
            show(true);
          } else {
            show(false);
          }
        },
      });
    } catch (err) {
      const code = (err as BusinessError).code;
      if (code === auth.UserAuthResultCode.LOCKED) {
        show(false, 'Too many attempts. Try again later.');
      } else if (code === auth.UserAuthResultCode.PIN_EXPIRED) {
        show(false, 'Your lock screen PIN has expired. Update it.');
      } else if (
        code === auth.UserAuthResultCode.NOT_ENROLLED ||
        code === auth.UserAuthResultCode.TYPE_NOT_SUPPORT ||
        code === auth.UserAuthResultCode.TRUST_LEVEL_NOT_SUPPORT
      ) {
        show(false, 'Set a lock screen PIN to protect saved passwords.');
      } else {
        show(false, 'Cannot check your PIN now.');
      }
    }
  }
}

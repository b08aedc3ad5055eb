// Confirms the device owner's PIN through the account service before the
// app switches accounts. This is `@ohos.account.osAccount`, not userAuth:
// its `UserAuth` and `onResult` only share the names, and 0 is its own
// success code.
import osAccount from '@ohos.account.osAccount';

export function confirmOwnerPin(
  challenge: Uint8Array,
  done: (confirmed: boolean) => void,
): void {
  const accountAuth = new osAccount.UserAuth();
  const status = accountAuth.getAvailableStatus(
    osAccount.AuthType.PIN,
    osAccount.AuthTrustLevel.ATL1,
  );
  if (status !== 0) {
    done(false);
    return;
  }
  accountAuth.auth(
    challenge,
    osAccount.AuthType.PIN,
    osAccount.AuthTrustLevel.ATL1,
    {
      onResult(result) {
        if (result === 0) {
          done(true);
        } else {
          done(false);
        }
      },
    },
  );
}

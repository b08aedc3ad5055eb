// Rows of the "Security" settings page.
import { BusinessError } from '@kit.BasicServicesKit';
import userAuth from '@ohos.userIAM.userAuth';

export interface SecurityRow {
  label: string;
  enabled: boolean;
  hint?: string;
}

/** "Unlock with fingerprint": enabled only when a fingerprint can be used. */
export function fingerprintRow(): SecurityRow {
  const label = 'Unlock with fingerprint';
  try {
    userAuth.getAvailableStatus(
      userAuth.UserAuthType.FINGERPRINT,
      userAuth.AuthTrustLevel.ATL3,
    );
    return { label, enabled: true };
  } catch (err) {
    // Mistake: magic number instead of UserAuthResultCode.NOT_ENROLLED.
    // Mistake: only NOT_ENROLLED is tested; an expired PIN (12500013) and an
    // unsupported type or trust level all read "not available".
    if ((err as BusinessError).code === 12500010) {
      return { label, enabled: false, hint: 'Add a fingerprint in Settings.' };
    }
    return { label, enabled: false, hint: 'Not available on this device.' };
  }
}

/** "Unlock with face": explains why the option is off. */
export function faceRow(): SecurityRow {
  const label = 'Unlock with face';
  try {
    userAuth.getAvailableStatus(
      userAuth.UserAuthType.FACE,
      userAuth.AuthTrustLevel.ATL3,
    );
    return { label, enabled: true };
  } catch (err) {
    const code = (err as BusinessError).code;
    switch (code) {
      case userAuth.UserAuthResultCode.NOT_ENROLLED:
        return { label, enabled: false, hint: 'Add a face in Settings.' };
      case userAuth.UserAuthResultCode.PIN_EXPIRED:
        return {
          label,
          enabled: false,
          hint: 'Your lock screen PIN has expired. Update it first.',
        };
      case userAuth.UserAuthResultCode.TYPE_NOT_SUPPORT:
        return {
          label,
          enabled: false,
          hint: 'This device has no face unlock.',
        };
      case userAuth.UserAuthResultCode.TRUST_LEVEL_NOT_SUPPORT:
        return {
          label,
          enabled: false,
          hint: 'Face unlock on this device is not secure enough here.',
        };
      default:
        return { label, enabled: false, hint: 'Face unlock is unavailable.' };
    }
  }
}

/**
 * Whether the enrolled faces changed since face unlock was turned on, so the
 * app can ask for the password once more.
 */
export function facesChanged(savedDigest: number): boolean {
  try {
    const state = userAuth.getEnrolledState(userAuth.UserAuthType.FACE);
    return state.credentialDigest !== savedDigest;
  } catch (err) {
    const code = (err as BusinessError).code;
    if (
      code === userAuth.UserAuthResultCode.NOT_ENROLLED ||
      code === userAuth.UserAuthResultCode.TYPE_NOT_SUPPORT
    ) {
      // No faces any more: treat as changed.
      return true;
    }
    // Cannot tell right now; keep the current setting.
    return false;
  }
}

/** How many fingerprints the person has enrolled, for the settings header. */
export function fingerprintCount(): number {
  // Mistake: unguarded; on a device with nothing enrolled this throws
  // NOT_ENROLLED (12500010) and the page crashes.
  return userAuth.getEnrolledState(userAuth.UserAuthType.FINGERPRINT)
    .credentialCount;
}

// Confirms payments in the shop with a fingerprint.
import { BusinessError } from '@kit.BasicServicesKit';
import { userAuth } from './auth/kit';

export type PaymentDecision =
  'approved' | 'declined' | 'use-payment-password' | 'retry-later';

export type DecisionListener = (
  decision: PaymentDecision,
  message?: string,
) => void;

export interface PaymentRequest {
  orderId: string;
  amountText: string;
  /** Issued by the payment server for this order. */
  challenge: Uint8Array;
}

/** Asks for a fingerprint before the payment is sent to the server. */
export function confirmPayment(
  request: PaymentRequest,
  decide: DecisionListener,
): void {
  try {
    const instance = userAuth.getUserAuthInstance(
      {
        challenge: request.challenge,
        authType: [userAuth.UserAuthType.FINGERPRINT],
        authTrustLevel: userAuth.AuthTrustLevel.ATL3,
      },
      {
        title: `Pay ${request.amountText}`,
        navigationButtonText: 'Use payment password',
      },
    );
    instance.on('result', {
      onResult(result) {
        switch (result.result) {
          case userAuth.UserAuthResultCode.SUCCESS:
            decide('approved');
            break;
          case userAuth.UserAuthResultCode.CANCELED_FROM_WIDGET:
            decide('use-payment-password');
            break;
          case userAuth.UserAuthResultCode.TIMEOUT:
            decide('declined', 'Timed out. Tap Pay to try again.');
            break;
          case userAuth.UserAuthResultCode.PIN_EXPIRED:
            decide(
              'use-payment-password',
              'Your lock screen PIN has expired. Use your payment password.',
            );
            break;
          // Mistake: magic number instead of UserAuthResultCode.LOCKED.
          case 12500009:
            decide(
              'retry-later',
              'Fingerprint is locked. Try later or use your payment password.',
            );
            break;
          default:
            decide('declined', 'Payment not confirmed.');
        }
      },
    });
    instance.start();
  } catch (err) {
    const code = (err as BusinessError).code;
    if (
      code === userAuth.UserAuthResultCode.TYPE_NOT_SUPPORT ||
      code === userAuth.UserAuthResultCode.TRUST_LEVEL_NOT_SUPPORT ||
      code === userAuth.UserAuthResultCode.NOT_ENROLLED
    ) {
      decide('use-payment-password');
    } else if (code === userAuth.UserAuthResultCode.LOCKED) {
      decide(
        'retry-later',
        'Fingerprint is locked. Use your payment password.',
      );
    } else if (code === userAuth.UserAuthResultCode.PIN_EXPIRED) {
      decide(
        'use-payment-password',
        'Your lock screen PIN has expired. Use your payment password.',
      );
    } else if (code === userAuth.UserAuthResultCode.BUSY) {
      decide('retry-later', 'Another confirmation is open.');
    } else {
      decide('declined', 'Payment confirmation is not available now.');
    }
  }
}

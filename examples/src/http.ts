// HTTP helpers of the mail client. Nothing here touches userAuth, so none of
// these numbers are result codes.

/** Base delay between retries, in milliseconds. */
export const RETRY_MS = 12500;

/** Largest attachment we upload, in bytes. */
export const MAX_ATTACHMENT_BYTES = 12500000;

export interface HttpResponse {
  statusCode: number;
  body: string;
}

export function needsSignIn(response: HttpResponse): boolean {
  return response.statusCode === 401;
}

export function shouldRetry(response: HttpResponse): boolean {
  return response.statusCode === 429 || response.statusCode === 503;
}

export function retryDelay(attempt: number): number {
  return RETRY_MS * 2 ** Math.min(attempt, 4);
}

export function canAttach(sizeInBytes: number): boolean {
  return sizeInBytes <= MAX_ATTACHMENT_BYTES;
}

import type { CodeInfo } from '../catalogue/index.js';

/** How many missing codes a message lists before it counts the rest. */
const LISTED_CODES = 5;

/**
 * Lists missing codes for a message, each by constant and number with what
 * the person should be told:
 * "`UserAuthResultCode.LOCKED` (12500009: tell the person …) and …".
 */
export function describeMissingCodes(codes: readonly CodeInfo[]): string {
  const listed = codes.slice(0, LISTED_CODES).map(describeOne);
  const rest = codes.length - listed.length;

  if (rest > 0) {
    listed.push(`${rest} more`);
  }

  return listed.length <= 1
    ? listed.join('')
    : `${listed.slice(0, -1).join(', ')} or ${listed.at(-1) ?? ''}`;
}

function describeOne(code: CodeInfo): string {
  return code.member === undefined
    ? `${code.value} (${code.advice})`
    : `\`${code.family}.${code.member}\` (${code.value}: ${code.advice})`;
}

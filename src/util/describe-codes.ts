import type { CodeInfo } from '../catalogue/index.js';

/** How many missing codes a message lists before it counts the rest. */
const LISTED_CODES = 5;

/**
 * Lists missing codes for a message, each by constant and number with what
 * the person should be told, and where the code comes from when `sourceOf`
 * says: "`UserAuthResultCode.LOCKED` (12500009: tell the person …) or …".
 */
export function describeMissingCodes(
  codes: readonly CodeInfo[],
  sourceOf: (code: CodeInfo) => string | undefined = () => undefined,
): string {
  const listed = codes
    .slice(0, LISTED_CODES)
    .map(code => describeOne(code, sourceOf(code)));
  const rest = codes.length - listed.length;

  if (rest > 0) {
    listed.push(`${rest} more`);
  }

  return listed.length <= 1
    ? listed.join('')
    : `${listed.slice(0, -1).join(', ')} or ${listed.at(-1) ?? ''}`;
}

/**
 * "`UserAuthResultCode.LOCKED` (12500009: advice)", with "from `api`"
 * after the number when the source is known; codes without a constant
 * are written as their number.
 */
function describeOne(code: CodeInfo, source: string | undefined): string {
  const origin = source === undefined ? '' : `from ${source}: `;

  if (code.member === undefined) {
    return `${code.value} (${origin}${code.advice})`;
  }

  const separator = source === undefined ? ': ' : `, ${origin}`;

  return `\`${code.family}.${code.member}\` (${code.value}${separator}${code.advice})`;
}

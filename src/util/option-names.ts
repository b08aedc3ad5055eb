/**
 * Checks names a user typed into an option against the names that exist,
 * and throws an error that names the rule, the option and the unknown
 * name. ESLint's own schema messages show the value but not the option it
 * was given for, which leaves a typo such as `LOCKD` hard to place.
 */
export function assertKnownNames(
  rule: string,
  option: string,
  names: Iterable<string>,
  known: readonly string[],
): void {
  for (const name of names) {
    if (!known.includes(name)) {
      throw new Error(
        `userauth/${rule}: option "${option}" names an unknown ` +
          `"${name}"; use one of: ${known.join(', ')}.`,
      );
    }
  }
}

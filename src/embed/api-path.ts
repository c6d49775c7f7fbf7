/**
 * Whether a path carries an encoded dot, slash or backslash (`%2e`, `%2f`, `%5c`, in any case). No amoCRM API
 * path needs one; a server or proxy that decodes them after checking would let `..%2f` climb out of `/api/v4/`.
 * Only the path is checked: a query may encode whatever its values hold.
 */
export function hasEncodedSeparator(pathname: string): boolean {
  return /%(2e|2f|5c)/i.test(pathname);
}

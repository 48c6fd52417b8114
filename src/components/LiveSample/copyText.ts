/**
 * Puts text on the clipboard where the browser allows it (an insecure origin
 * has no `navigator.clipboard`, and a page may be refused the permission);
 * resolves whether it did, and never rejects.
 */
export function copyText(text: string): Promise<boolean> {
  return (
    navigator.clipboard?.writeText(text).then(
      () => true,
      () => false,
    ) ?? Promise.resolve(false)
  );
}

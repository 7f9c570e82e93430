/** True when text holds no lone surrogate (encodeURIComponent throws on one), checked independently of the code under test. */
export function isWellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

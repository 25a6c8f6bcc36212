/**
 * The first `units` UTF-16 units of `text`, one fewer where the last of them would be the first half of a
 * character outside the BMP (an emoji): a cut never leaves half a character behind.
 */
export function cutAtWholeCharacter(text: string, units: number): string {
  const last = text.charCodeAt(units - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? units - 1 : units;
  return text.slice(0, end);
}

/** Whether a value is a whole marker this redaction wrote: it hides nothing and is left as it is. */
export function isMarker(value: unknown): boolean {
  return typeof value === 'string' && /^\[redacted: [^\]\n]{1,100}\]$/.test(value);
}

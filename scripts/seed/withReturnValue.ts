/** Passes a generator's values through and hands over its return value (lost by `for...of`) at the end. */
export function* withReturnValue<T, R>(
  source: Generator<T, R, undefined>,
  onReturn: (value: R) => void,
): Generator<T, void, undefined> {
  for (;;) {
    const step = source.next();
    if (step.done) {
      onReturn(step.value);
      return;
    }
    yield step.value;
  }
}

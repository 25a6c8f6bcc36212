import { useLayoutEffect, useRef } from 'react';

interface SecretInputProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A masked field for a password or API key. React writes a controlled field's value into its `value`
 * attribute, where the page's markup (and any style rule matching on it) would read the secret in clear;
 * this field keeps it in the element's live value only, set from `value` when that changes elsewhere.
 */
export function SecretInput({ value, onChange, ...control }: SecretInputProps) {
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (input.current && input.current.value !== value) input.current.value = value;
  }, [value]);
  return (
    <input
      {...control}
      ref={input}
      type="password"
      autoComplete="off"
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** Domains reserved for documentation (RFC 2606, RFC 6761): realistic-looking, never a real mailbox. */
const DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example', 'inbox.example'] as const;

/** Letters NFD does not take apart into a base letter and a mark. */
const FOLDED: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd' };

/** A name part as a mailbox would spell it: lower case ASCII letters only. */
function mailboxPart(text: string): string {
  return [...text.normalize('NFD').toLowerCase()]
    .map((char) => FOLDED[char] ?? char)
    .join('')
    .replace(/[^a-z]/g, '');
}

/**
 * The e-mail address a client registered with, derived from their name and id alone (no random draws,
 * so adding it shifts nothing else the generator makes): `anna.muller@example.org`, `amuller84@…`.
 */
export function clientEmail(name: string, id: string): string {
  const [first = '', ...rest] = name.split(' ');
  const given = mailboxPart(first) || 'client';
  const family = mailboxPart(rest.join(''));
  const bits = Number.parseInt(id.slice(-6), 16);
  const digits = String(bits % 100).padStart(2, '0');
  const domain = DOMAINS[(bits >>> 8) % DOMAINS.length] ?? DOMAINS[0];
  const local = [`${given}.${family}`, `${given}${family}${digits}`, `${given.slice(0, 1)}${family}${digits}`][
    (bits >>> 12) % 3
  ];
  return `${local}@${domain}`;
}

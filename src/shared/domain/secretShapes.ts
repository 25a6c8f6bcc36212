import { nonOverlapping } from './nonOverlapping';
import { SECRET_SHAPES, type SecretKind, type ShapedSecret } from './secretShapeTable';

/**
 * The secrets in `text` that redaction withholds other than card numbers and IBANs (private keys, JWTs,
 * credentials after `Bearer`/`Basic`, passwords in an address, values under secret key names such as
 * `password=…`), in order and never overlapping: the first found of two overlapping ones is kept.
 */
export function findSecretShapes(text: string): ShapedSecret<SecretKind>[] {
  return nonOverlapping(SECRET_SHAPES.credentials.flatMap((find) => find(text)));
}

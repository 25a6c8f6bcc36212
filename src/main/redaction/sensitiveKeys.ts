/** Secret key names are one definition, shared with the forms that refuse secrets typed into names. */
export { isCookieKey, isSecretKey, normalizeKey, SECRET_KEY_HINT } from '../../shared/domain/secretKeys';

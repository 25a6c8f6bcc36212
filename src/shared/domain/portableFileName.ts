/**
 * Whether a file name can be carried to every workstation as it is: evidence moves between Linux, macOS
 * and Windows, and Windows refuses some characters and names outright (a name ends with its extension,
 * checked apart, so the dot or space Windows drops at the end is never last). One rule for the export dialog and
 * for main, which checks it again before anything is written.
 */

/** The characters Windows refuses in a file name (`/` and `\` are refused as separators before this). */
const REFUSED_ON_WINDOWS = /[<>:"|?*]/u;
/** The device names Windows reserves, with or without an extension: `con.csv` names the console there. */
const RESERVED_ON_WINDOWS = /^(?:con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(?:\.|$)/iu;

/** What keeps `name` from being copied to a Windows workstation, as a sentence saying what to do, or null. */
export function portableFileNameProblem(name: string): string | null {
  const refused = REFUSED_ON_WINDOWS.exec(name)?.[0];
  if (refused !== undefined) {
    return `The file name cannot hold "${refused}": Windows workstations refuse it, and evidence is carried between them. Use letters, digits, "-" or "_" instead.`;
  }
  const reserved = RESERVED_ON_WINDOWS.exec(name)?.[0];
  if (reserved !== undefined) {
    const device = reserved.replace(/\.$/u, '');
    return `"${device}" names a device on Windows workstations, which will not open the file; start the name with another word.`;
  }
  return null;
}

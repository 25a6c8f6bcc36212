/** The code a failed file-system call carries (`ENOENT`, `EROFS`…), undefined for any other error. */
export const errnoCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

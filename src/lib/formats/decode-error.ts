/** A report file that cannot be turned into text; `reason` is the short, user-facing cause. */
export class DecodeError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'DecodeError';
    this.file = file;
    this.reason = reason;
  }
}

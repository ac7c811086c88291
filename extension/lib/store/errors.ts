/** A store error in words: what was wrong with the record, not a stack of zod internals. */
import type { ZodError } from 'zod';

export class StoreError extends Error {
  constructor(message: string, readonly issues: string[] = []) {
    super(issues.length ? `${message}: ${issues.join('; ')}` : message);
    this.name = 'StoreError';
  }

  static invalid(what: string, err: ZodError): StoreError {
    return new StoreError(`invalid ${what}`, err.issues.map((i) => `${i.path.join('.') || '(record)'} ${i.message}`));
  }

  static notFound(what: string, id: string): StoreError {
    return new StoreError(`${what} ${id} not found`);
  }
}

import { z } from 'zod';

export const ErrorCode = z.enum([
  'bad_request', // body or query failed validation; `issues` names each field
  'invalid_json',
  'unauthorized',
  'forbidden', // a member asked for what only an owner may do
  'not_found',
  'conflict', // e.g. revoking the workspace's last owner token
  'payload_too_large',
  'rate_limited',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One bad field: `path` is dotted ("changes.3.record.updatedAt"), empty for the whole body. */
export const Issue = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof Issue>;

export const ErrorDetail = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(Issue).optional(),
});
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/** Every non-2xx answer: `{error: {code, message, issues?}}`. */
export const ErrorBody = z.object({ error: ErrorDetail });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** zod issues -> wire issues, with a prefix for nested validation (e.g. one change of a push). */
export function toIssues(error: z.ZodError, prefix: (string | number)[] = []): Issue[] {
  return error.issues.map((i) => ({
    path: [...prefix, ...i.path].map(String).join('.'),
    message: i.message,
  }));
}

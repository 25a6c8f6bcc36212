import { z } from 'zod';
import { NotElasticsearchAnswerError } from './elasticsearchErrors';

/** The parts of each answer the adapter reads itself that every Elasticsearch node sends, by call. */
const SENT_PARTS = {
  info: z.object({ version: z.object({ number: z.string() }), cluster_name: z.string() }),
  nodesInfo: z.object({ nodes: z.record(z.string(), z.unknown()) }),
  authenticate: z.object({ username: z.string(), roles: z.array(z.string()), authentication_realm: z.object({}) }),
  getUser: z.record(z.string(), z.object({ roles: z.array(z.string()) })),
  hasPrivileges: z.object({ index: z.record(z.string(), z.record(z.string(), z.boolean())) }),
  fieldCaps: z.object({
    indices: z.union([z.string(), z.array(z.string())]),
    fields: z.record(z.string(), z.record(z.string(), z.unknown())),
  }),
} as const;

/**
 * What each call asks, as a message names the answer that was not Elasticsearch's; null for the first
 * calls, whose answer not being Elasticsearch's means nothing there is.
 */
const ASKED: Readonly<Record<keyof typeof SENT_PARTS, string | null>> = {
  info: null,
  nodesInfo: null,
  authenticate: 'who the credentials are (_security/_authenticate)',
  getUser: 'a user lookup (_security/user)',
  hasPrivileges: 'the privileges check (_security/user/_has_privileges)',
  fieldCaps: 'the field capabilities request (_field_caps)',
};

/**
 * The answer to `call`, once it holds what every Elasticsearch node sends: one without it came from
 * something else (a proxy's redirect, a stand-in that returns `{}` to every path), and is named so. Only
 * this says so: a fault of the console's own while reading an answer is the console's, not the cluster's.
 */
export async function sentByElasticsearch<T>(call: keyof typeof SENT_PARTS, answer: Promise<T>): Promise<T> {
  const answered = await answer;
  if (SENT_PARTS[call].safeParse(answered).success) return answered;
  throw new NotElasticsearchAnswerError(call, ASKED[call]);
}

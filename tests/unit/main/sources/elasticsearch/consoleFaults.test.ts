import type { Client } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../../src/main/router/createRouter';
import { ElasticsearchAdapter } from '../../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { emptyOperationalPage } from '../../../support/logPages';
import { refusingHandlers } from '../../router/refusingHandlers';

const url = 'http://127.0.0.1:9200';

/**
 * A client whose root endpoint answers as Elasticsearch does, and whose security API is not there: the
 * console's own code then fails calling it, as a fault of the console's would, after a valid answer.
 */
function adapterWithFault(): ElasticsearchAdapter {
  const info = { name: 'n1', cluster_name: 'prod', cluster_uuid: 'u1', version: { number: '9.1.0' }, tagline: '' };
  const client = { info: () => Promise.resolve(info), close: () => Promise.resolve() } as unknown as Client;
  return new ElasticsearchAdapter(client, { url, username: 'auditor', usesApiKey: false, requestTimeoutMs: 5_000 });
}

describe('a fault of the console’s own code during a cluster call', () => {
  it('is not named as the cluster answering as no Elasticsearch', async () => {
    const failure: unknown = await adapterWithFault()
      .identify()
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(TypeError);
    expect(String(failure)).not.toContain('not as an Elasticsearch cluster');
  });

  it('is answered INTERNAL by the router and logged in main with its stack', async () => {
    const logged: string[] = [];
    const adapter = adapterWithFault();
    const router = createRouter({
      handlers: refusingHandlers({ 'logs/search': () => adapter.identify().then(() => emptyOperationalPage) }),
      currentOperator: () => ({ id: 'a1', name: 'Ann', role: 'auditor', scope: null }),
      journal: { record: () => Promise.resolve() },
      log: (line) => void logged.push(line),
    });
    const answer = await router.handle('logs/search', { family: 'operational' }, { trusted: true });
    expect(answer).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(JSON.stringify(answer)).not.toContain('Elasticsearch');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('TypeError: Cannot read properties of undefined');
    expect(logged[0]).toMatch(/\n\s+at .*ElasticsearchAdapter/);
  });
});

import { UndiciConnection } from '@elastic/elasticsearch';

type ConnectionOptions = ConstructorParameters<typeof UndiciConnection>[0];

/**
 * The official client's connection, keeping its socket after a request that carries a body on a method
 * that does not usually have one. The HTTP library closes the socket after such a request (a guard
 * against servers that mishandle the body); Elasticsearch reads it by design, and closing a point in
 * time is a DELETE with the id in its body. Without this, every released page would cost the next
 * search a new connection: a TCP (and, on a remote cluster, TLS) handshake.
 */
export class KeepAliveConnection extends UndiciConnection {
  constructor(options: ConnectionOptions) {
    super(options);
    this.pool = this.pool.compose(
      (dispatch) => (request, handler) =>
        dispatch(request.method === 'DELETE' && request.body != null ? { ...request, reset: false } : request, handler),
    ) as typeof this.pool;
  }
}

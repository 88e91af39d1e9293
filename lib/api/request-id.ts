// A request id for logs and answers. A caller's (or a load balancer's) X-Request-Id is
// kept so that a request can be followed across systems, but only when it is short and
// plain: anything else would let a client write arbitrary text into our logs.
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestIdFrom(header: string | null | undefined): string {
  return header && WELL_FORMED.test(header) ? header : crypto.randomUUID();
}

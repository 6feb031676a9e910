/** The request headers the receiver reads. */
export interface NodeHeaders {
  host?: string;
  origin?: string;
  contentType?: string;
  contentLength?: string;
  idempotencyKey?: string;
  forwardedFor?: string;
  forwardedProto?: string;
}

/**
 * Picks the receiver's headers straight from `req.rawHeaders`, with node's rules for repeats (the first
 * Host, Content-Type and Content-Length win; other repeats are joined with ", "). Node builds
 * `req.headers` lazily, and building it for every header of every request cost more than the rest of
 * the adapter.
 *
 * @example
 * readNodeHeaders(["Host", "api.acme.io", "Origin", "https://www.acme.io"]); // { host: "api.acme.io", origin: "https://www.acme.io" }
 */
export function readNodeHeaders(raw: readonly string[]): NodeHeaders {
  const out: NodeHeaders = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    const value = raw[i + 1] as string;
    switch (name.length) {
      case 4:
        if (is(name, "host")) out.host ??= value;
        break;
      case 6:
        if (is(name, "origin")) out.origin = join(out.origin, value);
        break;
      case 12:
        if (is(name, "content-type")) out.contentType ??= value;
        break;
      case 14:
        if (is(name, "content-length")) out.contentLength ??= value;
        break;
      case 15:
        if (is(name, "idempotency-key")) out.idempotencyKey = join(out.idempotencyKey, value);
        else if (is(name, "x-forwarded-for")) out.forwardedFor = join(out.forwardedFor, value);
        break;
      case 17:
        if (is(name, "x-forwarded-proto")) out.forwardedProto = join(out.forwardedProto, value);
        break;
    }
  }
  return out;
}

const is = (name: string, lower: string) => name === lower || name.toLowerCase() === lower;
const join = (previous: string | undefined, value: string) => (previous === undefined ? value : `${previous}, ${value}`);

/** The parser of executor URLs on the command line (--executor, `executor info URL`). */
import { InvalidArgumentError } from 'commander';

/** host:port on this machine: a bare address a developer types for a local executor (plain http). */
const LOOPBACK_HOST_PORT = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]):\d{1,5}$/;

export function executorUrl(value: string): string {
  if (LOOPBACK_HOST_PORT.test(value)) value = `http://${value}`;
  else if (/^[\w.-]+:\d{1,5}$/.test(value)) throw new InvalidArgumentError(`"${value}" has no scheme: give https://${value} (or http://${value} on a trusted network)`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`not a URL: "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError('executor URLs are https://host:port (or http:// on a trusted network)');
  return url.origin;
}

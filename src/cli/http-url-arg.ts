/** The parser of http(s) URL flags (--pccs-url, --rpc-url ...): checked at parse time. */
import { InvalidArgumentError } from 'commander';

/** A parser accepting http:// and https:// URLs as given; `what` names the URL in the error (e.g. "JSON-RPC URL"). */
export function httpUrlArg(what = 'URL'): (value: string) => string {
  return (value: string) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new InvalidArgumentError(`not a URL: "${value}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`an http:// or https:// ${what}`);
    return value;
  };
}

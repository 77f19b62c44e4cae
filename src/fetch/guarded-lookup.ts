import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupAllOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import type { AddressGuard } from './address-guard.js';

/** The error a guarded lookup fails with: the host resolves to an address the guard refuses. */
export class RefusedAddressError extends Error {
  readonly code = 'EREFUSEDADDRESS';
  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(`${host} resolves to a ${reason}: refused (pass --allow-private to allow it)`);
    this.name = 'RefusedAddressError';
  }
}

/**
 * A DNS lookup for `http.request` that checks what it resolved before the socket connects to
 * it: the connection goes to the very address checked, so a name that resolves to a public
 * address once and to a private one the next time (DNS rebinding) cannot slip between check and
 * connect. A host with any refused address is refused whole.
 *
 * @example http.request(url, { lookup: guardedLookup(refusedAddress) })
 */
export function guardedLookup(guard: AddressGuard): LookupFunction {
  return (hostname, options, callback) => {
    const all: LookupAllOptions = { ...options, all: true };
    dnsLookup(hostname, all, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      for (const { address } of addresses) {
        const why = guard(address);
        if (why !== null) {
          callback(new RefusedAddressError(hostname, why), '', 0);
          return;
        }
      }
      const first = addresses[0];
      if (!first) callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), '', 0);
      // Node asks for every address when it races IPv4 and IPv6 (autoSelectFamily), else for one.
      else if (options.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

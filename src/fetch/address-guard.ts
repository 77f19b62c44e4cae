import { isIPv4, isIPv6 } from 'node:net';

/** Says why an address must not be connected to, or null when it may be. */
export type AddressGuard = (address: string) => string | null;

/** One refused block of addresses: the first address's bits, the prefix length, and why. */
interface Block {
  readonly base: bigint;
  readonly bits: number;
  readonly why: string;
}

const V4_BLOCKS: readonly (readonly [string, number, string])[] = [
  ['0.0.0.0', 8, '"this network"'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (carrier NAT, where some clouds put metadata services)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (or metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignment'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay anycast'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved or broadcast'],
];

/** IPv6 blocks refused outright. Blocks that embed an IPv4 address are checked by that address. */
const V6_BLOCKS: readonly (readonly [string, number, string])[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b:1::', 48, 'local-use IPv4/IPv6 translation'],
  ['100::', 64, 'discard-only'],
  ['2001::', 23, 'IETF protocol assignment'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique local (private, or metadata)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

const block = (family: 4 | 6) => (entry: readonly [string, number, string]) => ({
  base: (family === 4 ? v4Bits(entry[0]) : v6Bits(entry[0])) >> BigInt((family === 4 ? 32 : 128) - entry[1]),
  bits: entry[1],
  why: entry[2],
});
const V4: readonly Block[] = V4_BLOCKS.map(block(4));
const V6: readonly Block[] = V6_BLOCKS.map(block(6));

/**
 * The SSRF guard's rule: refuses loopback, private, link-local, metadata, multicast, reserved
 * and documentation addresses, IPv4 and IPv6 alike. An IPv6 address that carries an IPv4 one
 * (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4
 * `2002::/16`) is judged by the IPv4 address it carries. Anything that is not an IP address is
 * refused: the guard is asked about resolved addresses only.
 *
 * @example refusedAddress('::ffff:127.0.0.1') // 'loopback address 127.0.0.1 (in ::ffff:127.0.0.1)'
 */
export function refusedAddress(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(bare)) return judge(v4Bits(bare), V4, 32, bare);
  if (!isIPv6(bare)) return `not an IP address: ${address}`;
  const bits = v6Bits(bare);
  const embedded = embeddedV4(bits);
  if (embedded !== null) {
    const v4 = v4Text(embedded);
    const why = judge(embedded, V4, 32, v4);
    return why === null ? null : `${why} (in ${bare})`;
  }
  return judge(bits, V6, 128, bare);
}

/** The guard that lets every address through (`--allow-private`). */
export const allowAnyAddress: AddressGuard = () => null;

function judge(bits: bigint, blocks: readonly Block[], width: number, text: string): string | null {
  for (const b of blocks) {
    if (bits >> BigInt(width - b.bits) === b.base) return `${b.why} address ${text}`;
  }
  return null;
}

/** The IPv4 address an IPv6 address carries, by the blocks that embed one. */
function embeddedV4(bits: bigint): bigint | null {
  const low32 = bits & 0xffffffffn;
  const top96 = bits >> 32n;
  if (top96 === 0xffffn) return low32; // ::ffff:a.b.c.d, IPv4-mapped
  if (top96 === 0n && low32 > 1n) return low32; // ::a.b.c.d, IPv4-compatible (deprecated)
  if (top96 === 0xffff0000n) return low32; // ::ffff:0:a.b.c.d, IPv4-translated
  if (top96 === 0x64ff9b0000000000000000n) return low32; // 64:ff9b::/96, NAT64
  if (bits >> 112n === 0x2002n) return (bits >> 80n) & 0xffffffffn; // 2002:aabb:ccdd::/48, 6to4
  return null;
}

function v4Bits(address: string): bigint {
  return address.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

function v4Text(bits: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((bits >> shift) & 0xffn)).join('.');
}

/** The 128 bits of a valid IPv6 address (with `::` and a trailing dotted IPv4 part expanded). */
function v6Bits(address: string): bigint {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const v4 = v4Bits(dotted[1]);
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((n, group) => (n << 16n) | BigInt(parseInt(group, 16)), 0n);
}

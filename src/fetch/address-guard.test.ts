import { describe, expect, it } from 'vitest';
import { refusedAddress } from './address-guard.js';

describe('refusedAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.100.100.200', 'shared'],
    ['0.0.0.0', 'this network'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['[::1]', 'loopback'],
    ['fe80::1%eth0', 'link-local'],
    ['fd00:ec2::254', 'unique local'],
    ['fc00::1', 'unique local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback address 127.0.0.1'],
    ['::ffff:7f00:1', 'loopback address 127.0.0.1'],
    ['::ffff:169.254.169.254', 'metadata) address 169.254.169.254'],
    ['::ffff:0:10.0.0.1', 'private address 10.0.0.1'],
    ['::10.0.0.1', 'private address 10.0.0.1'],
    ['64:ff9b::a9fe:a9fe', 'metadata) address 169.254.169.254'],
    ['2002:c0a8:0101::1', 'private address 192.168.1.1'],
    ['2001:db8::1', 'documentation'],
    ['not-an-address', 'not an IP address'],
  ])('refuses %s (%s)', (address, why) => {
    expect(refusedAddress(address)).toContain(why);
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '172.32.0.1',
    '2606:4700::6810:84e5',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ])('lets the public address %s through', (address) => {
    expect(refusedAddress(address)).toBeNull();
  });
});

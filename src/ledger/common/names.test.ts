import { describe, expect, it } from 'vitest';
import { foldName, nameKeys } from './names.js';

describe('foldName', () => {
  it.each([
    ['U.N. Security-Council', 'un security council'],
    ['Pyotr Ilyichev', 'pyotr ilyichev'],
    ['Zürich', 'zurich'],
    ["O'Brien", 'obrien'],
    ['  Kim   Jong-un ', 'kim jong un'],
    ['РИА Новости', 'риа новости'],
    ['...', ''],
  ])('%j → %j', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('nameKeys', () => {
  it.each([
    [['Pyotr Ilichev'], ['pyotr ilichev', 'ilichev']],
    [
      ['Kim Jong Un', 'Kim'],
      ['kim jong un', 'jong un', 'un', 'kim'],
    ],
    [['Russia', 'russia'], ['russia']],
    [[''], []],
  ])('%j → %j', (names, keys) => {
    expect(nameKeys(names)).toEqual(keys);
  });
});

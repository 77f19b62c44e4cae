/**
 * True when two measure families ("KP|worker|RU") can be the same: the subject equal, the other
 * parts equal or unknown ('?') on either side, and at least one of nationality and place known and
 * equal on both sides. "North Korean workers" with no place named matches those in Russia.
 *
 * @example familyMatch('KP|worker|RU', 'KP|worker|?') // true
 */
export function familyMatch(a: string, b: string): boolean {
  const [na, sa, pa] = a.split('|');
  const [nb, sb, pb] = b.split('|');
  if (!sa || sa !== sb) return false;
  const fits = (x?: string, y?: string) => x === y || x === '?' || y === '?';
  const anchored = (na !== '?' && na === nb) || (pa !== '?' && pa === pb);
  return fits(na, nb) && fits(pa, pb) && anchored;
}

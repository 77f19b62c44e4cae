/**
 * Named organisations the press mentions by several names. The first form is canonical. The
 * org-head rule (`heads.ts`) finds the many others ("Ministry of ...", "... Council").
 */
export interface OrganizationEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country?: string;
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  {
    name: 'UN Security Council',
    aliases: [
      'Security Council',
      'United Nations Security Council',
      'U.N. Security Council',
      'UNSC',
      'UN Security Council',
    ],
  },
  {
    name: 'UN General Assembly',
    aliases: ['General Assembly', 'U.N. General Assembly', 'United Nations General Assembly'],
  },
  { name: 'UN Human Rights Council', aliases: ['Human Rights Council'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'European Commission', aliases: [] },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'World Trade Organization', aliases: ['WTO'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'International Labour Organization', aliases: ['ILO', 'International Labor Organization'] },
  { name: 'Human Rights Watch', aliases: [] },
  { name: 'Amnesty International', aliases: [] },
  { name: 'White House', aliases: [], country: 'US' },
  { name: 'Kremlin', aliases: [], country: 'RU' },
  { name: 'Pentagon', aliases: [], country: 'US' },
  { name: 'Blue House', aliases: [], country: 'KR' },
  {
    name: 'U.S. State Department',
    aliases: ['State Department', 'Department of State', 'US State Department'],
    country: 'US',
  },
  { name: 'U.S. Treasury', aliases: ['Treasury Department', 'Treasury'], country: 'US' },
  { name: 'U.S. Congress', aliases: ['Congress'], country: 'US' },
  { name: 'U.S. Senate', aliases: ['Senate'], country: 'US' },
  { name: 'House of Representatives', aliases: [], country: 'US' },
  { name: 'Federal Reserve', aliases: ['Fed'], country: 'US' },
  { name: 'FBI', aliases: ['Federal Bureau of Investigation'], country: 'US' },
  { name: 'CIA', aliases: ['Central Intelligence Agency'], country: 'US' },
  { name: 'NASA', aliases: [], country: 'US' },
  { name: 'SEC', aliases: ['Securities and Exchange Commission'], country: 'US' },
  { name: 'Supreme Court', aliases: [] },
  { name: 'State Duma', aliases: ['Duma'], country: 'RU' },
  {
    name: "Workers' Party of Korea",
    aliases: ['Workers’ Party of Korea', "Korean Workers' Party"],
    country: 'KP',
  },
  { name: 'Chinese Communist Party', aliases: ['Communist Party of China', 'CCP'], country: 'CN' },
  { name: 'National Intelligence Service', aliases: ['NIS'], country: 'KR' },
  { name: 'Unification Ministry', aliases: ['Ministry of Unification'], country: 'KR' },
  { name: 'Apple', aliases: ['Apple Inc.', 'Apple Computer'] },
  { name: 'Microsoft', aliases: [] },
  { name: 'Google', aliases: [] },
  { name: 'Samsung', aliases: [] },
];

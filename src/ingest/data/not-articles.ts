/**
 * Files that a folder of articles often holds beside them and that are not articles: skipped
 * when a folder or a glob is read, each with the reason shown to the user. Names are matched
 * without regard to case.
 */

/** Whole file names (project manifests, lock files, repository documents). */
export const NOT_ARTICLE_NAMES: Readonly<Record<string, string>> = {
  'package.json': 'a package manifest',
  'package-lock.json': 'a package lock file',
  'npm-shrinkwrap.json': 'a package lock file',
  'yarn.lock': 'a package lock file',
  'pnpm-lock.yaml': 'a package lock file',
  'composer.json': 'a package manifest',
  'composer.lock': 'a package lock file',
  'claimline.config.json': "Claimline's own configuration",
  'tsconfig.json': 'a compiler configuration',
  'jsconfig.json': 'a compiler configuration',
  makefile: 'a build file',
  dockerfile: 'a build file',
};

/** File names by their stem, whatever the extension (README.md, LICENSE.txt...). */
export const NOT_ARTICLE_STEMS: Readonly<Record<string, string>> = {
  readme: "a folder's read-me",
  license: 'a licence',
  licence: 'a licence',
  copying: 'a licence',
  notice: 'a licence notice',
  changelog: 'a change log',
  contributing: 'contribution guidelines',
};

/** Extensions (with the dot), grouped by what they are. */
const GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ['a table (CSV/TSV or spreadsheet)', ['.csv', '.tsv', '.xls', '.xlsx', '.ods', '.parquet', '.arrow']],
  [
    'a database file (a store and its journal)',
    ['.db', '.sqlite', '.sqlite3', '.db-wal', '.db-shm', '.db-journal', '-wal', '-shm', '-journal'],
  ],
  ['source code or a style sheet', ['.js', '.mjs', '.cjs', '.ts', '.py', '.rb', '.sh', '.css', '.map']],
  ['a configuration file', ['.yml', '.yaml', '.toml', '.ini', '.cfg', '.lock', '.env']],
  [
    'an image, audio or video file',
    ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.ico', '.bmp', '.tif', '.tiff'],
  ],
  [
    'an image, audio or video file',
    ['.mp3', '.wav', '.ogg', '.m4a', '.mp4', '.mov', '.avi', '.webm', '.mkv'],
  ],
  ['an archive', ['.zip', '.gz', '.tgz', '.bz2', '.xz', '.7z', '.tar', '.rar', '.zst']],
  ['a PDF or office document (convert it to text or HTML)', ['.pdf', '.doc', '.docx', '.odt', '.rtf']],
  ['a PDF or office document (convert it to text or HTML)', ['.ppt', '.pptx', '.odp', '.epub']],
  [
    'a font or a program',
    ['.woff', '.woff2', '.ttf', '.otf', '.exe', '.dll', '.so', '.dylib', '.o', '.wasm'],
  ],
];

/** What each extension is: `.csv` → 'a table (CSV/TSV or spreadsheet)'. */
export const NOT_ARTICLE_ENDINGS: ReadonlyMap<string, string> = new Map(
  GROUPS.flatMap(([why, endings]) => endings.map((ending) => [ending, why] as const)),
);

// First step of `npm test`: checks, in well under a second, that the system tools the tests use
// are installed, and otherwise stops with the one apt command that installs them (in French
// and English). The tests drive real programs: Chromium (Playwright), socat (serial ptys),
// pdftotext/pdffonts (PDF reports), PostgreSQL's server binaries (throw-away clusters).
//
//   node scripts/check-system.mjs                     check; exit 1 naming what is missing
//   node scripts/check-system.mjs --missing-packages  print the Debian packages to install (.ci/run)
//
// NOVAEVO_CHROMIUM: the Chromium to use instead of /usr/bin/chromium or Playwright's own browser
// (playwright.config.ts honours it too). NOVAEVO_SYSTEM_ROOT: a directory standing for "/" when
// looking for fixed paths (fonts, /usr/lib/postgresql, /usr/bin/chromium), for this script's tests.

import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = process.env.NOVAEVO_SYSTEM_ROOT ?? '/';
const at = (absolute) => path.join(root, absolute);

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first executable named `name` on PATH, like `command -v`. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

async function findChromium() {
  const override = process.env.NOVAEVO_CHROMIUM;
  if (override) return isExecutable(override) ? override : null;
  if (isExecutable(at('/usr/bin/chromium'))) return at('/usr/bin/chromium');
  if (process.env.NOVAEVO_SYSTEM_ROOT) return null;
  try {
    // Playwright's own browser, on a machine that ran `npx playwright install chromium`.
    const { chromium } = await import('playwright-core');
    const file = chromium.executablePath();
    return isExecutable(file) ? file : null;
  } catch {
    return null;
  }
}

/** A directory holding initdb, pg_ctl and postgres: on PATH, or Debian's /usr/lib/postgresql/N/bin. */
function findPostgres() {
  const server = ['initdb', 'pg_ctl', 'postgres'];
  const complete = (dir) => server.every((name) => isExecutable(path.join(dir, name)));
  const fromPath = onPath('initdb');
  if (fromPath && complete(path.dirname(fromPath))) return path.dirname(fromPath);
  let versions = [];
  try {
    versions = readdirSync(at('/usr/lib/postgresql'));
  } catch {
    // No PostgreSQL installed from Debian packages.
  }
  const dirs = versions.map((v) => path.join(at('/usr/lib/postgresql'), v, 'bin'));
  return dirs.find(complete) ?? null;
}

const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** What the tests need: a name to show, the Debian package, and how to find it. */
const REQUIREMENTS = [
  { name: 'chromium', pkg: 'chromium', find: findChromium },
  { name: 'socat', pkg: 'socat', find: () => onPath('socat') },
  { name: 'pdftotext', pkg: 'poppler-utils', find: () => onPath('pdftotext') },
  { name: 'pdffonts', pkg: 'poppler-utils', find: () => onPath('pdffonts') },
  {
    name: 'polices DejaVu / DejaVu fonts',
    pkg: 'fonts-dejavu-core',
    find: () => (isFile(at(DEJAVU)) ? DEJAVU : null),
  },
  { name: 'PostgreSQL: initdb, pg_ctl, postgres', pkg: 'postgresql', find: findPostgres },
];

const missing = [];
for (const requirement of REQUIREMENTS) {
  if (!(await requirement.find())) missing.push(requirement);
}
const packages = [...new Set(missing.map((m) => m.pkg))];

if (process.argv.includes('--missing-packages')) {
  if (packages.length > 0) console.log(packages.join(' '));
} else if (missing.length === 0) {
  console.log(`check-system : présents / found: ${REQUIREMENTS.map((r) => r.name).join(', ')}`);
} else {
  const lines = packages.map((pkg) => {
    const names = missing.filter((m) => m.pkg === pkg).map((m) => m.name);
    return `  ${names.join(', ').padEnd(40)} (${pkg})`;
  });
  console.error(
    [
      'Il manque des outils système pour les tests.',
      'Some system tools the tests need are missing.',
      '',
      ...lines,
      '',
      'Pour les installer / To install them (Debian, Ubuntu):',
      '',
      `  sudo apt-get install -y ${packages.join(' ')}`,
      '',
    ].join('\n'),
  );
  process.exitCode = 1;
}

// `npm start`: the Electron app when its binary is installed, otherwise the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH,
      process.platform === 'win32' ? 'electron.exe' : 'electron',
    );
    return existsSync(candidate) ? candidate : null;
  }
  try {
    const pkgDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

if (
  !existsSync(join(root, 'out', 'main', 'cli.js')) ||
  !existsSync(join(root, 'out', 'renderer', 'index.html'))
) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const binary = electronBinary();
const child = binary
  ? spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
  : (process.stdout.write(
      'Electron absent sur cette machine : ouverture de l’hôte navigateur à la place. / Electron binary not installed: starting the browser host instead.\n',
    ),
    spawn(process.execPath, [join(root, 'bin', 'novaevo.js'), 'serve', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
    }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

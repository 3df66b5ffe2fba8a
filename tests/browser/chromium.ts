// Finds a Chromium for the browser tests: CHROMIUM_PATH, /usr/bin/chromium or /usr/bin/google-chrome.
// As root on Debian it installs Debian's `chromium` with apt-get (and says so); otherwise it fails
// with one line that says how to install one. It never skips.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = () =>
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].filter((path): path is string =>
    Boolean(path),
  );

export function findChromium(paths: string[] = candidates()): string | undefined {
  return paths.find((path) => existsSync(path));
}

export interface ChromiumEnvironment {
  paths: string[];
  isRoot: boolean;
  isDebian: boolean;
  log: (line: string) => void;
}

export function ensureChromium(env: Partial<ChromiumEnvironment> = {}): string {
  const {
    paths = candidates(),
    isRoot = typeof process.getuid === 'function' && process.getuid() === 0,
    isDebian = existsSync('/etc/debian_version'),
    log = console.log,
  } = env;
  const found = findChromium(paths);
  if (found) return found;
  if (isRoot && isDebian) {
    log('browser tests: no Chromium found; installing Debian package "chromium" with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium(paths);
    if (installed) return installed;
  }
  throw new Error(
    'browser tests: no Chromium found. Install one (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to its executable.',
  );
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

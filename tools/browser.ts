/**
 * Launches Debian's Chromium through playwright-core (no downloaded browser). The path is
 * `$CHROME_PATH` or `/usr/bin/chromium`; flags keep it off the network and quiet.
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium binary: `$CHROME_PATH`, else Debian's. */
export function chromePath(): string {
  return process.env['CHROME_PATH'] || '/usr/bin/chromium';
}

/** Starts Chromium; `extraArgs` add flags such as `--enable-unsafe-webgpu`. */
export function launchBrowser(extraArgs: string[] = [], options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    args: [...CHROME_FLAGS, ...extraArgs],
    ...options,
  });
}

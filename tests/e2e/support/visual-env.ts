import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The same pixels on every machine the visual check runs on: Chromium is given only the DejaVu
 * fonts (Debian's fonts-dejavu-core, which CI installs: .ci/run) through a fontconfig file of its
 * own, so whatever else a machine has installed (Liberation, Noto, emoji fonts) can neither
 * stand in for system-ui nor fill in a missing glyph; and the time zone is UTC, so a fixed
 * moment is the same day and hour everywhere.
 */

/** Where Debian and Ubuntu put the DejaVu fonts. */
export const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu';

/** Why the baselines' pixels cannot be drawn on this system at all, or null when they can. */
export function renderingUnavailable(): string | null {
  return process.platform === 'linux'
    ? null
    : `the baselines are drawn by Linux Chromium; on ${process.platform} text renders differently`;
}

/** What to install when the fonts are missing (a failure, not a skip: CI has them), or null. */
export function missingFonts(): string | null {
  return existsSync(join(DEJAVU_DIR, 'DejaVuSans.ttf'))
    ? null
    : `no DejaVu fonts in ${DEJAVU_DIR}: install them (sudo apt-get install -y fonts-dejavu-core)`;
}

function fontsConf(cacheDir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${DEJAVU_DIR}</dir>
  <cachedir>${cacheDir}</cachedir>
  <!-- Every family a page may ask for (system-ui, sans-serif, monospace...) is DejaVu. -->
  <alias binding="same"><family>system-ui</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias binding="same"><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias binding="same"><family>serif</family><prefer><family>DejaVu Serif</family></prefer></alias>
  <alias binding="same"><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>
  <!-- A pattern with no family, or none installed (Chromium asks for system-ui by the
       system's default face), ends in DejaVu Sans too, not the first face in the folder. -->
  <match target="pattern">
    <edit name="family" mode="append_last"><string>DejaVu Sans</string></edit>
  </match>
  <!-- Grey-scale anti-aliasing without hinting: no sub-pixel colour fringes that a display setting could change. -->
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>false</bool></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
  </match>
</fontconfig>
`;
}

/**
 * Sets the environment Chromium inherits from this test process (each e2e test file runs in a
 * process of its own): call before launching the browser.
 */
export function pinRendering(): void {
  const dir = join(tmpdir(), 'limber-visual-fonts');
  mkdirSync(join(dir, 'cache'), { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, fontsConf(join(dir, 'cache')));
  process.env.FONTCONFIG_FILE = file;
  process.env.TZ = 'UTC';
}

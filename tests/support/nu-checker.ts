/**
 * The Nu HTML Checker (vnu.jar from the `vnu-jar` package, the W3C validator's engine) over a
 * folder of built pages, in one Java process. Needs `java` on PATH (Debian: default-jre-headless).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';

export interface NuMessage {
  /** Page as a path under the checked folder, e.g. `references/index.html`. */
  file: string;
  /** `error` (including `fatal`), `warning` or `info`. */
  type: 'error' | 'warning' | 'info';
  message: string;
  line: number | undefined;
  /** The markup around the problem. */
  extract: string | undefined;
}

interface VnuJson {
  messages: {
    type: string;
    subType?: string;
    url?: string;
    message: string;
    lastLine?: number;
    extract?: string;
  }[];
}

/** Path of vnu.jar inside node_modules. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar') as string);

/** Runs the checker over every HTML file under `dir`; resolves with its messages. */
export function checkHtml(dir: string): Promise<NuMessage[]> {
  return new Promise((done, fail) => {
    execFile(
      'java',
      // A larger thread stack: the checker recurses per nesting level of a long page.
      ['-Xss8m', '-jar', VNU_JAR, '--format', 'json', '--skip-non-html', '--exit-zero-always', dir],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) {
          const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
          fail(
            new Error(
              missing
                ? 'the Nu checker needs `java` on PATH (apt-get install default-jre-headless)'
                : `vnu.jar failed: ${error.message}\n${stderr}`,
            ),
          );
          return;
        }
        // With --format json the report goes to stderr.
        const report = JSON.parse(stderr) as VnuJson;
        done(
          report.messages.map((m) => ({
            file: m.url
              ? relative(dir, decodeURIComponent(new URL(m.url).pathname))
                  .split(sep)
                  .join('/')
              : '',
            type:
              m.type === 'error' || m.type === 'non-document-error'
                ? 'error'
                : m.subType === 'warning'
                  ? 'warning'
                  : 'info',
            message: m.message,
            line: m.lastLine,
            extract: m.extract,
          })),
        );
      },
    );
  });
}

/** The CLI's window on the world (output streams, working folder, today's date) and its error type. */
import { isAbsolute, relative } from 'node:path';

/** Where a command writes, which folder it resolves paths against, and (for tests) what day it is. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Today as YYYY-MM-DD; defaults to the local date from the clock (the engine itself never reads it). */
  today?: () => string;
}

/** Exit codes: 0 fine, 1 the policies or their cases fail (or an unexpected error), 2 bad usage or input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** An expected failure: its message is shown as is (no stack), and the process exits with `code`. */
export class CliError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
    this.name = 'CliError';
  }
}

/** A failure caused by how the CLI was called or by the input it was given (exit 2). */
export function inputError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}

/** The local calendar date, YYYY-MM-DD (not UTC: at 07:00 in Hangzhou the UTC date is still yesterday). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An Io that keeps what is written, for tests and for embedding the CLI. */
export function captureIo(cwd: string, today?: string): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    cwd,
    ...(today ? { today: () => today } : {}),
    out: () => out,
    err: () => err,
  };
}

/** A path as the user should see it: relative to the working folder when inside it, else absolute. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

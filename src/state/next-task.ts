/** Resolves in a task of its own: work after it does not lengthen the task before it (issue 14: on a slow phone, no
 * task over 50 ms while the page starts). */
export function nextTask(): Promise<void> {
  return new Promise((go) => setTimeout(go, 0));
}

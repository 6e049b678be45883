/**
 * A one-shot signal for "the graph is on screen": the graph view calls `markDrawn()` once sigma has
 * drawn its first frame; work that must not compete with that frame (schema validation of a large
 * file) waits for it with `afterDrawn`. Browser only (animation frames).
 *
 * @example
 * const cancel = afterDrawn(() => validate(), 20_000);
 */

let listeners: (() => void)[] = [];

/** Called by the graph view when sigma has drawn a frame. */
export function markDrawn(): void {
  const now = listeners;
  listeners = [];
  for (const f of now) f();
}

/**
 * Runs `fn` once, after the next `markDrawn()` has been presented (an animation frame, then a task),
 * or after `fallbackMs` if no graph gets drawn. Returns a function that cancels it.
 */
export function afterDrawn(fn: () => void, fallbackMs: number): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    cancel();
    fn();
  };
  const onDrawn = () => requestAnimationFrame(() => setTimeout(run, 0));
  const timer = setTimeout(run, fallbackMs);
  const cancel = () => {
    done = true;
    clearTimeout(timer);
    listeners = listeners.filter((f) => f !== onDrawn);
  };
  listeners.push(onDrawn);
  return cancel;
}

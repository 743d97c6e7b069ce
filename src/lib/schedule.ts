type PostTask = (task: () => void, options: { priority: 'background'; signal: AbortSignal }) => Promise<void>;

/**
 * Runs `task` later, in a quiet moment: after anything more pressing the page has queued
 * (`scheduler.postTask` at background priority; else a short timeout). Returns a cancel.
 */
export function whenQuiet(task: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const controller = new AbortController();
    scheduler.postTask(task, { priority: 'background', signal: controller.signal }).catch(() => {});
    return () => controller.abort();
  }
  const timer = setTimeout(task, 100);
  return () => clearTimeout(timer);
}

/**
 * Runs `task` once the next frame has been painted (a frame callback, then a task), and
 * `delayMs` more. Returns a cancel.
 */
export function afterNextPaint(task: () => void, delayMs = 0): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, delayMs);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

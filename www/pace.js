// Cooperative scheduling for <text-lens>'s main-thread work on long articles: loops run in slices
// of a few milliseconds and give way to the browser in between, so input and painting never wait
// behind one long task. Short articles finish within the first slice and never yield.

const SLICE = 8;

/** Lets the browser run other tasks: scheduler.yield() where it exists, else a message task
 * (not a timer, which background tabs throttle). */
export function yieldToMain() {
  if (typeof globalThis.scheduler?.yield === 'function') return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * A clock for one job. In its loops: `if (pace.due()) await pace.pause();`.
 * @param {number} [slice] milliseconds of work between pauses
 */
export function pacer(slice = SLICE) {
  let start = performance.now();
  return {
    due: () => performance.now() - start > slice,
    async pause() {
      await yieldToMain();
      start = performance.now();
    },
  };
}

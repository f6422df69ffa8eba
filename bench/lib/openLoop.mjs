// An open-loop sender for the benchmarks: `count` requests at `rate` a second, each sent when it
// falls due whatever the earlier answers, its latency counted from when it was due (so a queue
// behind slow answers shows instead of hiding). One dispatcher sends what has fallen due every
// millisecond: scheduling all of them up front (a timer and a pending promise each) stalled the
// sender itself for 100-150 ms at the start of every run, which showed as the server's p99.

/** send(index) resolves to the answer's status. */
export async function sendAtRate({ count, rate, send }) {
  const latencies = [];
  const slowestPerSecond = [];
  const statuses = new Map();
  const inFlight = [];
  const started = performance.now();
  const dueAt = (index) => started + (index * 1000) / rate;
  let next = 0;
  await new Promise((resolve, reject) => {
    const dispatch = () => {
      const now = performance.now();
      while (next < count && dueAt(next) <= now) {
        const index = next++;
        const due = dueAt(index);
        inFlight.push(send(index).then((status) => {
          const latency = performance.now() - due;
          latencies.push(latency);
          const second = Math.floor((due - started) / 1000);
          slowestPerSecond[second] = Math.max(slowestPerSecond[second] ?? 0, latency);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }));
      }
      if (next < count) setTimeout(dispatch, 1);
      else Promise.all(inFlight).then(resolve, reject);
    };
    dispatch();
  });
  return { latencies, slowestPerSecond, statuses, ratePerS: count / ((performance.now() - started) / 1000) };
}

/**
 * Group commit for a hot insert path: rows wait while a write is running,
 * then go together in the next one, so under load one statement carries many
 * rows and with none waiting a row is written at once (no timer, no added
 * latency). Each caller's promise settles when its own row's write does.
 */
export function groupedWriter<Row>(write: (rows: Row[]) => Promise<void>, maxBatch = 500): (row: Row) => Promise<void> {
  let waiting: Array<{ row: Row; resolve: () => void; reject: (error: unknown) => void }> = [];
  let writing = false;

  async function drain() {
    writing = true;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(maxBatch);
      try {
        await write(batch.map((entry) => entry.row));
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    writing = false;
  }

  return (row) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ row, resolve, reject });
      if (!writing) void drain();
    });
}

/**
 * An input's value as a generator that always yields at once — null while the input is empty — unlike
 * Framework's Generators.input, which waits for the first "input" event when the value is undefined (an
 * empty Inputs.number), and would hold every cell that depends on it.
 */
export function inputValue<T>(input: HTMLElement & { value: T | undefined }): AsyncGenerator<T | null> {
  const queue: (T | null)[] = [];
  let wake: (() => void) | null = null;
  const read = () => {
    const v = input.value;
    queue.push(v === undefined || (typeof v === "number" && Number.isNaN(v)) ? null : v);
    wake?.();
  };
  input.addEventListener("input", read);
  read();
  return (async function* () {
    try {
      while (true) {
        if (!queue.length) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        // Only the latest value matters to the cells that read it.
        const latest = queue[queue.length - 1];
        queue.length = 0;
        yield latest;
      }
    } finally {
      input.removeEventListener("input", read);
    }
  })();
}

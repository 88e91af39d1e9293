// The parameters of one SQL statement built from parts (data-modifying CTEs written by
// different modules): each part adds its values and writes the placeholders it is
// given, so the parts never agree on numbers. Cast where a placeholder is used
// (`${p.add(x)}::uuid`): Postgres infers each parameter's type once per statement.
export class SqlParams {
  readonly values: unknown[] = [];

  /** The placeholder (`$n`) of a new parameter. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** The number the next parameter will get (for helpers that number their own). */
  get next(): number {
    return this.values.length + 1;
  }

  /** Takes the values of a part that numbered its own placeholders from `next`. */
  addAll(values: readonly unknown[]): void {
    this.values.push(...values);
  }
}

/** `WITH a AS (...), b AS (...) <final>`, or just the final query when no part was given. */
export function withCtes(ctes: readonly string[], final: string): string {
  return ctes.length ? `WITH ${ctes.join(",\n")}\n${final}` : final;
}

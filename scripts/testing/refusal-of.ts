/** The error a write was refused with; a write that succeeds fails the test. */
export async function refusalOf(write: Promise<unknown>): Promise<unknown> {
  return write.then(
    () => {
      throw new Error("expected the write to be refused");
    },
    (error: unknown) => error,
  );
}

/** What a run proved or failed to, printed as it goes and summed up at the end. */
export class Checklist {
  private readonly results: Array<{ section: string; name: string; ok: boolean; detail: string }> =
    [];
  private section = "";

  begin(section: string) {
    this.section = section;
    console.log(`\n== ${section}`);
  }

  note(line: string) {
    console.log(`   ${line}`);
  }

  check(name: string, ok: boolean, detail = "") {
    this.results.push({ section: this.section, name, ok, detail });
    console.log(`   ${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
    return ok;
  }

  /** A step that threw: counted as a failure of its section. */
  crashed(error: unknown) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.check("the scenario ran to the end", false, message);
  }

  get failures() {
    return this.results.filter((r) => !r.ok);
  }

  summary(title: string): boolean {
    const failed = this.failures;
    console.log(
      `\n== ${title}: ${this.results.length - failed.length} of ${this.results.length} checks passed`,
    );
    for (const f of failed)
      console.log(`   FAIL [${f.section}] ${f.name}${f.detail ? `: ${f.detail}` : ""}`);
    return failed.length === 0;
  }
}

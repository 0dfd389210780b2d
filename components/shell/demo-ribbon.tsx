/**
 * The thin band over the header of a demo desk: the grades, evidence,
 * discussion and verdicts a newcomer sees were written by the demo seed to
 * show the desk at work, and must not be read as anyone's findings.
 */
export function DemoRibbon() {
  return (
    <p className="border-b border-amber-300 bg-amber-50 px-4 py-1 text-center text-xs text-amber-950">
      <strong className="font-semibold">Demo desk.</strong> Its grades, evidence, discussion and
      verdicts were written by the demo seed to show how the desk works: they are not findings about
      the world.
    </p>
  );
}

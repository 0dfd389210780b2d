import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col justify-center gap-3 px-4">
      <p className="text-sm font-semibold text-danger">403 · Not allowed</p>
      <h1 className="text-2xl font-semibold">This part of the desk is not open to your role</h1>
      <p className="text-muted">
        The attempt has been recorded. If you need access, ask an admin to change your role.
      </p>
      <Link href="/claims" className="text-accent underline">
        Back to the claims
      </Link>
    </main>
  );
}

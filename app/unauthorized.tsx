import Link from "next/link";

export default function Unauthorized() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col justify-center gap-3 px-4">
      <p className="text-sm font-semibold text-danger">401 · Signed out</p>
      <h1 className="text-2xl font-semibold">Your session has ended</h1>
      <p className="text-muted">Sign in again to continue.</p>
      <Link href="/login" className="text-accent underline">
        Sign in
      </Link>
    </main>
  );
}

import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col justify-center gap-3 px-4">
      <p className="text-sm font-semibold text-muted">404</p>
      <h1 className="text-2xl font-semibold">Nothing here</h1>
      <p className="text-muted">The page or record does not exist, or was never created.</p>
      <Link href="/claims" className="text-accent underline">
        Back to the claims
      </Link>
    </main>
  );
}

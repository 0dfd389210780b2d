import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; ended?: string }>;
}) {
  const { next, ended } = await searchParams;
  if (await getCurrentUser()) redirect("/claims");
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4 py-10">
      <div>
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          Verification Desk
        </p>
        <h1 className="mt-1 text-2xl font-semibold">Sign in</h1>
        <p className="mt-2 text-sm text-muted">
          Claims, sourcing grades and verdicts for your desk. Accounts are created by an admin.
        </p>
      </div>
      {ended && (
        <p role="status" className="rounded-md border border-line bg-white px-3 py-2 text-sm">
          Your session has ended. Sign in again to continue.
        </p>
      )}
      <LoginForm next={next} />
    </main>
  );
}

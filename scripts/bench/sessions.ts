/**
 * Signs benchmark users in the way the login form's server action does in
 * the end, through Auth.js's credentials endpoint: fetch a CSRF token, post
 * the credentials with it, keep the session cookie. Each cookie is checked
 * against /api/auth/session before the bench relies on it.
 */
export type Session = { email: string; userId: string; cookie: string };

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrfResponse).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/claims` }),
  });
  // a large token is split into .0, .1, … cookies: keep every part
  const cookie = cookiesOf(response)
    .filter((c) => /^(__Secure-)?authjs\.session-token(\.\d+)?=/.test(c))
    .join("; ");
  if (!cookie) {
    throw new Error(
      `Signing in ${email} gave no session cookie (HTTP ${response.status}, ${response.headers.get("location")})`,
    );
  }
  const session = (await (
    await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } })
  ).json()) as { user?: { id?: string } } | null;
  if (!session?.user?.id) throw new Error(`The session cookie for ${email} is not accepted`);
  return { email, userId: session.user.id, cookie };
}

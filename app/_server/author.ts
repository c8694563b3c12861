import { cookies } from "next/headers";

// Who is triaging is remembered per browser: there are no accounts, and retyping a name on every
// decision is what makes people leave it blank.
const AUTHOR_COOKIE = "quorum-author";
const ONE_YEAR = 60 * 60 * 24 * 365;

export async function readAuthor(): Promise<string> {
  return (await cookies()).get(AUTHOR_COOKIE)?.value ?? "";
}

export async function rememberAuthor(author: string): Promise<void> {
  const value = author.trim().slice(0, 200);
  if (!value) return;
  (await cookies()).set(AUTHOR_COOKIE, value, { maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true, path: "/" });
}

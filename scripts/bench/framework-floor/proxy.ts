// Why an app that wants no proxy has one: Turbopack looks for proxy.ts from
// the app's folder upwards, so without this file it would find and compile
// the desk's own proxy.ts three folders up (and fail on its "@/" imports).
// The matcher takes no path this app serves, so the proxy never runs.
import { NextResponse } from "next/server";

export function proxy() {
  return NextResponse.next();
}

export const config = { matcher: "/framework-floor-has-no-proxy" };

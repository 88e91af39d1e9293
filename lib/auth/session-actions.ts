"use server";
// Server actions about the caller's own sessions, for the user menu.
import { z } from "zod";
import { defineAction } from "../api/action.ts";
import { revokeAllUserSessions } from "./user-sessions.ts";

const signOutEverywhereAction = defineAction(
  { input: z.undefined() },
  async (_input, { user }) => ({
    revoked: await revokeAllUserSessions(user.id),
  }),
);

/** Ends every session of the caller, on every device; the browser then signs out. */
export async function signOutEverywhere() {
  return signOutEverywhereAction(undefined);
}

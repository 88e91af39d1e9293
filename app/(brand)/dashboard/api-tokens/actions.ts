"use server";
// Server actions of the API token page; the rules live in lib/auth/api-tokens.
import { revalidatePath } from "next/cache";
import {
  createApiTokenAction,
  revokeApiTokenAction,
} from "@/lib/auth/api-tokens/api-token-actions";

const create = createApiTokenAction();
const revoke = revokeApiTokenAction();

export async function createApiToken(input: unknown) {
  const result = await create(input);
  if (result.ok) revalidatePath("/dashboard/api-tokens");
  return result;
}

export async function revokeApiToken(input: unknown) {
  const result = await revoke(input);
  if (result.ok) revalidatePath("/dashboard/api-tokens");
  return result;
}

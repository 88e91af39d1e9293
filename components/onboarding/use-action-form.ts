"use client";
// The state every onboarding form shares: submit a server action, show field messages
// or a saved note, and re-read the page (the completeness meter) on success.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/api/action";

export function useActionForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  function submit<T>(run: () => Promise<ActionResult<T>>, saved: string) {
    start(async () => {
      const result = await run();
      if (result.ok) {
        setErrors({});
        setMessage({ ok: true, text: saved });
        router.refresh();
      } else {
        setErrors(result.error.fields ?? {});
        setMessage({ ok: false, text: result.error.message });
      }
    });
  }
  const err = (field: string) => errors[field]?.join(" ");
  return { submit, err, message, pending };
}

"use client";
// Approve or pay one settlement (admins); the page reloads its server data after.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { fetchJson } from "@/components/workflow/fetch-json";
import type { SettlementStatus } from "@/lib/settlement/advance-settlement";

export function SettlementActions({ id, status }: { id: string; status: SettlementStatus }) {
  const router = useRouter();
  const t = useTranslations("money.admin");
  const step = useMutation({
    mutationFn: (to: "APPROVED" | "PAID") =>
      fetchJson(`/api/v1/settlements/${id}/transitions`, { method: "POST", body: { to } }),
    onSuccess: () => router.refresh(),
  });
  const to = status === "PENDING" ? "APPROVED" : status === "APPROVED" ? "PAID" : null;
  if (!to) return <span className="text-xs text-slate-500">{t("doneStep")}</span>;
  return (
    <div className="flex flex-col items-end gap-1 sm:items-start">
      <button
        type="button"
        disabled={step.isPending}
        onClick={() => step.mutate(to)}
        className="rounded-md bg-blue-600 px-3 py-1 text-xs font-medium text-white disabled:opacity-50"
      >
        {to === "APPROVED" ? t("approve") : t("markPaid")}
      </button>
      {step.isError ? (
        <p role="alert" className="max-w-56 text-xs text-red-700">
          {step.error.message}
        </p>
      ) : null}
    </div>
  );
}

"use client";
// Top up the brand's escrow. The idempotency key is made when the form is shown and
// renewed after each success, so a double click or a retried request deposits once.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { fetchJson } from "@/components/workflow/fetch-json";
import { useFormat } from "@/lib/i18n/use-format";

export function TopUpForm({ brandId }: { brandId: string }) {
  const router = useRouter();
  const t = useTranslations("money.topUp");
  const { formatMoney } = useFormat();
  const [amount, setAmount] = useState("");
  const [key, setKey] = useState(() => crypto.randomUUID());
  const topUp = useMutation({
    mutationFn: (won: number) =>
      fetchJson<{ deposit: { available: string } }>("/api/v1/escrow/deposits", {
        method: "POST",
        body: { brandId, amount: won, currency: "KRW", idempotencyKey: key },
      }),
    onSuccess: () => {
      setKey(crypto.randomUUID());
      setAmount("");
      router.refresh();
    },
  });
  const won = Number(amount);
  const valid = /^\d{1,12}$/.test(amount) && won > 0;
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) topUp.mutate(won);
      }}
    >
      <label className="flex flex-col text-sm font-medium text-slate-700">
        {t("amountLabel")}
        <input
          inputMode="numeric"
          value={amount}
          onChange={(e) => setAmount(e.target.value.replace(/[^\d]/g, ""))}
          className="mt-1 w-48 rounded-md border border-slate-300 px-3 py-2 text-sm"
          placeholder="5000000"
        />
      </label>
      <button
        type="submit"
        disabled={!valid || topUp.isPending}
        className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-50"
      >
        {topUp.isPending
          ? t("pending")
          : valid
            ? t("buttonAmount", { amount: formatMoney(won, "KRW") })
            : t("button")}
      </button>
      {topUp.isError ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {topUp.error.message}
        </p>
      ) : null}
      {topUp.isSuccess ? (
        <p role="status" className="w-full text-sm text-emerald-700">
          {t("done", { amount: formatMoney(BigInt(topUp.data.deposit.available), "KRW") })}
        </p>
      ) : null}
    </form>
  );
}

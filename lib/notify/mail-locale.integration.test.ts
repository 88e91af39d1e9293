// Mails about a match reach each person in their own language (users.locale; Korean
// when never chosen), read back from the SMTP catcher after the outbox is sent.
import { env } from "@/lib/env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as matches from "@/app/api/v1/matches/route";
import * as transitions from "@/app/api/v1/matches/[id]/transitions/route";
import { pool, prisma } from "@/lib/db/client";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { startSmtpCatcher, type SmtpCatcher } from "@/scripts/dev/smtp-catcher";
import { createBrandWithManager, createCampaignFor, createUser } from "@/test/helpers/fixtures";
import { reviewMatches } from "@/lib/matches/review-matches";
import { createScoredCreator } from "@/test/helpers/workflow-fixtures";
import { createMailer } from "./mailer.ts";
import { sendOutbox } from "./send-outbox.ts";

let catcher: SmtpCatcher;
beforeAll(async () => {
  catcher = await startSmtpCatcher({ smtpPort: 0, webPort: 0 });
});
afterAll(() => catcher.close());

const HANGUL = /[가-힣]/;

/** A brand's proposal of `amount` to a new creator who reads English; the match as answered. */
async function proposeToEnglishReader(amount: number) {
  const owner = await createBrandWithManager();
  const campaign = await createCampaignFor(owner.brand.id);
  const creator = await createScoredCreator({ track: true });
  await prisma.user.update({ where: { id: creator.user.id }, data: { locale: "en" } });
  const proposed = await matches.POST(
    await apiRequest("/api/v1/matches", {
      method: "POST",
      userId: owner.manager.id,
      body: {
        campaignId: campaign.id,
        creatorId: creator.creatorId,
        offer: { amount, deliverables: "One video" },
      },
    }),
    routeParams({}),
  );
  expect(proposed.status).toBe(201);
  const { match } = await proposed.json();
  return { owner, creator, match };
}

describe("match e-mails", () => {
  it("go out in the recipient's language: English to who chose it, Korean by default", async () => {
    const { owner, creator, match } = await proposeToEnglishReader(1_000_000);
    // the creator answers with a counter-offer: the brand manager (no choice) is told
    const body = {
      to: "NEGOTIATING",
      version: match.version,
      offer: { amount: 1_200_000, deliverables: "Two videos" },
    };
    const countered = await transitions.POST(
      await apiRequest(`/api/v1/matches/${match.id}/transitions`, {
        method: "POST",
        userId: creator.user.id,
        body,
      }),
      routeParams({ id: match.id }),
    );
    expect(countered.status).toBe(200);
    await sendOutbox(pool, createMailer({ host: "127.0.0.1", port: catcher.smtpPort }));
    const mails = await catcher.messages();
    const to = (email: string) => mails.filter((m) => m.to.includes(email));

    const creatorMails = to(creator.user.email);
    expect(creatorMails).toHaveLength(1);
    expect(creatorMails[0].subject).not.toMatch(HANGUL);
    // a link a mail client can open: the app's own address, not a bare path
    expect(creatorMails[0].text).toContain(
      new URL(`/matches/${match.id}`, env().NEXTAUTH_URL).toString(),
    );
    expect(creatorMails[0].text).not.toMatch(HANGUL);

    const brandMails = to(owner.manager.email);
    expect(brandMails).toHaveLength(1);
    expect(brandMails[0].subject).toMatch(HANGUL);
    expect(brandMails[0].text).toContain("₩1,200,000");
  });

  it("name the fee of a proposal an admin let through, as a direct proposal's do", async () => {
    const admin = await createUser("ADMIN");
    // above the review threshold: it waits for an admin
    const { creator, match } = await proposeToEnglishReader(6_000_000);
    const decided = await reviewMatches(
      pool,
      { userId: admin.id, role: "ADMIN", brandIds: [], creatorId: null },
      { matchIds: [match.id], decision: "APPROVE", reason: "Checked" },
    );
    expect(decided.results[0]).toMatchObject({ ok: true });
    await sendOutbox(pool, createMailer({ host: "127.0.0.1", port: catcher.smtpPort }));
    const creatorMails = (await catcher.messages()).filter((m) =>
      m.to.includes(creator.user.email),
    );
    expect(creatorMails).toHaveLength(1);
    expect(creatorMails[0].text).toContain("for ₩6,000,000");
  });
});

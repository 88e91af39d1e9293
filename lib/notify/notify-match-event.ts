// Who hears about a workflow event, in the app and by e-mail. Written inside the
// transaction that made the change (notifications + email_outbox rows), so a rolled
// back change notifies nobody; the e-mails leave after commit (send-outbox.ts).
import type { MatchStatus } from "../db/generated/enums.ts";
import type { WorkflowActor } from "../matches/actor.ts";
import type { MatchState } from "../matches/read-match-state.ts";
import type { Offer } from "../matches/schemas.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { formatMoney } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { translatorFor } from "../i18n/translator.ts";

export type MatchEvent =
  | { kind: "status"; to: MatchStatus; note: string | null; offer?: Offer }
  | { kind: "proposal"; review: boolean; amount: number }
  | { kind: "message"; body: string };

type Audience = "brand" | "creator" | "admins";
type Note = { to: Audience; kind: string; title: string; body: string };

export async function notifyMatchEvent(
  db: Queryable,
  match: Pick<
    MatchState,
    "id" | "brandId" | "brandName" | "creatorName" | "creatorUserId" | "campaignTitle" | "currency"
  >,
  actor: WorkflowActor,
  event: MatchEvent,
): Promise<void> {
  // The same notes in each language, in the same order (notesFor branches on the event only).
  const ko = notesFor(match, actor, event, "ko");
  const en = notesFor(match, actor, event, "en");
  for (const [i, n] of ko.entries()) {
    const link = `/matches/${match.id}`;
    const recipients =
      n.to === "brand"
        ? `SELECT u.id, u.email, u.locale FROM args, brand_members bm JOIN users u ON u.id = bm.user_id
            WHERE bm.brand_id = args.brand_id`
        : n.to === "creator"
          ? `SELECT u.id, u.email, u.locale FROM args, users u WHERE u.id = args.creator_user`
          : `SELECT u.id, u.email, u.locale FROM args, users u WHERE u.role = 'ADMIN'`;
    // One statement per audience: notifications, then the same people's e-mails, each in
    // the recipient's language; the one who acted is not told about their own step.
    await db.query(
      `WITH args AS (SELECT $6::uuid AS brand_id, $7::uuid AS creator_user, $8::uuid AS actor),
            who AS (SELECT r.id, r.email, r.locale = 'en' AS en
                      FROM (${recipients} AND u.id IS DISTINCT FROM args.actor) r),
            n AS (INSERT INTO notifications (id, user_id, match_id, kind, title, body)
                  SELECT gen_random_uuid(), who.id, $1, $2,
                         CASE WHEN who.en THEN $9 ELSE $3 END,
                         CASE WHEN who.en THEN $10 ELSE $4 END FROM who RETURNING user_id)
       INSERT INTO email_outbox (id, to_address, subject, body)
       SELECT gen_random_uuid(), who.email,
              CASE WHEN who.en THEN $9 ELSE $3 END,
              CASE WHEN who.en THEN $10 || E'\\n\\n' || $11 ELSE $4 || E'\\n\\n' || $5 END
         FROM who`,
      [
        match.id,
        n.kind,
        n.title,
        n.body,
        translatorFor("ko", "notify")("openIt", { link }),
        match.brandId,
        match.creatorUserId,
        actor.userId,
        en[i]!.title,
        en[i]!.body,
        translatorFor("en", "notify")("openIt", { link }),
      ],
    );
  }
}

// Every note is written in both languages; each recipient gets theirs (users.locale,
// Korean when never chosen) by the statement above. Wording: messages/*/notify.json.
function notesFor(
  m: Parameters<typeof notifyMatchEvent>[1],
  actor: WorkflowActor,
  e: MatchEvent,
  locale: Locale,
): Note[] {
  const t = translatorFor(locale, "notify");
  const money = (n: number) => formatMoney(locale, n, m.currency);
  const byCreator = actor.role === "CREATOR";
  const otherSide: Audience = byCreator ? "brand" : "creator";
  const v = {
    brand: m.brandName,
    creator: m.creatorName,
    campaign: locale === "ko" ? `‘${m.campaignTitle}’` : `"${m.campaignTitle}"`,
    who: byCreator ? m.creatorName : m.brandName,
  };
  const note = (to: Audience, kind: string, key: string, extra: Record<string, string> = {}) => ({
    to,
    kind,
    title: t(`${key}.title`, { ...v, ...extra }),
    body: t(`${key}.body`, { ...v, ...extra }),
  });
  const newProposal = (amount: string | null) =>
    note("creator", "proposal", amount ? "proposal" : "proposalNoAmount", amount ? { amount } : {});
  if (e.kind === "proposal") {
    return e.review
      ? [note("admins", "review_needed", "reviewNeeded", { amount: money(e.amount) })]
      : [newProposal(money(e.amount))];
  }
  if (e.kind === "message")
    return [note(otherSide, "message", "message", { text: e.body.slice(0, 500) })];
  const why = e.note ? t("reason", { note: e.note }) : "";
  switch (e.to) {
    case "CONTACTED":
      return actor.role === "ADMIN"
        ? [newProposal(null), note("brand", "review_approved", "reviewApproved", { why })]
        : [newProposal(null)];
    case "REJECTED":
      return actor.role === "ADMIN"
        ? [note("brand", "review_rejected", "reviewRejected", { why })]
        : [note(otherSide, "declined", "declined", { why })];
    case "NEGOTIATING":
      return [
        note(
          otherSide,
          "counter_offer",
          e.offer ? "counterOffer" : "counterOfferNoAmount",
          e.offer ? { amount: money(e.offer.amount), deliverables: e.offer.deliverables } : {},
        ),
      ];
    case "ACCEPTED":
      return [note(otherSide, "accepted", "accepted")];
    case "COMPLETED":
      return [note("creator", "completed", "completed")];
    case "EXPIRED":
      return (["brand", "creator"] as const).map((to) => note(to, "expired", "expired"));
    default:
      return [];
  }
}

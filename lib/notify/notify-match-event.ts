// Who hears about a workflow event, in the app and by e-mail: notifications and
// email_outbox rows written by the same statement as the change, so a change that did
// not happen notifies nobody; the e-mails leave after commit (send-outbox.ts).
import type { MatchStatus } from "../db/generated/enums.ts";
import type { SqlParams } from "../db/sql-params.ts";
import { env } from "../env.ts";
import type { WorkflowActor } from "../matches/actor.ts";
import type { MatchState } from "../matches/read-match-state.ts";
import type { Offer } from "../matches/schemas.ts";
import { formatMoney } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { translatorFor } from "../i18n/translator.ts";

/**
 * `sent`: whether the proposal had gone out to the creator before the event. Until it
 * has (a match waiting for review), the creator is not a party: the brand and the
 * admins hear of it, the creator does not.
 */
export type MatchEvent =
  | {
      kind: "status";
      sent: boolean;
      /** an admin's decision on a proposal waiting for review */
      reviewed: boolean;
      to: MatchStatus;
      note: string | null;
      offer?: Offer;
    }
  | { kind: "proposal"; review: boolean; amount: number }
  | { kind: "message"; sent: boolean; body: string };

type Audience = "brand" | "creator" | "admins";
type Note = { to: Audience; kind: string; title: string; body: string };
export type NotifiedMatch = Pick<
  MatchState,
  | "id"
  | "brandId"
  | "brandName"
  | "creatorName"
  | "creatorUserId"
  | "campaignTitle"
  | "currency"
  | "reviewStatus"
  | "offer"
>;

/**
 * The event's notes as data-modifying CTEs (named note0, note0_mail, …) for the
 * caller's statement: per audience, its notifications and the same people's e-mails,
 * each in the recipient's language; the one who acted is not told about their own step.
 * With `gate` (the name of an earlier CTE), nobody is notified when that CTE returns no
 * row, e.g. when the guarded UPDATE of the step lost its race.
 */
export function notificationCtes(
  p: SqlParams,
  match: NotifiedMatch,
  actor: WorkflowActor,
  event: MatchEvent,
  gate?: string,
): string[] {
  // The same notes in each language, in the same order (notesFor branches on the event only).
  const ko = notesFor(match, actor, event, "ko");
  const en = notesFor(match, actor, event, "en");
  if (!ko.length) return [];
  // absolute: a mail client has no page to resolve a path against
  const link = new URL(`/matches/${match.id}`, env().NEXTAUTH_URL).toString();
  const matchId = p.add(match.id);
  const actorId = p.add(actor.userId);
  const openIt = {
    ko: p.add(translatorFor("ko", "notify")("openIt", { link })),
    en: p.add(translatorFor("en", "notify")("openIt", { link })),
  };
  return ko.flatMap((n, i) => {
    const recipients =
      n.to === "brand"
        ? `SELECT u.id, u.email, u.locale FROM brand_members bm JOIN users u ON u.id = bm.user_id
            WHERE bm.brand_id = ${p.add(match.brandId)}::uuid`
        : n.to === "creator"
          ? `SELECT u.id, u.email, u.locale FROM users u WHERE u.id = ${p.add(match.creatorUserId)}::uuid`
          : `SELECT u.id, u.email, u.locale FROM users u WHERE u.role = 'ADMIN'`;
    const title = { ko: p.add(n.title), en: p.add(en[i]!.title) };
    const body = { ko: p.add(n.body), en: p.add(en[i]!.body) };
    const name = `note${i}`;
    return [
      `${name}_to AS (
         SELECT r.id, r.email, r.locale = 'en' AS en
           FROM (${recipients}) r
          WHERE r.id IS DISTINCT FROM ${actorId}::uuid
                ${gate ? `AND EXISTS (SELECT 1 FROM ${gate})` : ""})`,
      `${name} AS (
         INSERT INTO notifications (id, user_id, match_id, kind, title, body)
         SELECT gen_random_uuid(), t.id, ${matchId}::uuid, ${p.add(n.kind)}::text,
                CASE WHEN t.en THEN ${title.en}::text ELSE ${title.ko}::text END,
                CASE WHEN t.en THEN ${body.en}::text ELSE ${body.ko}::text END
           FROM ${name}_to t)`,
      `${name}_mail AS (
         INSERT INTO email_outbox (id, to_address, subject, body)
         SELECT gen_random_uuid(), t.email,
                CASE WHEN t.en THEN ${title.en}::text ELSE ${title.ko}::text END,
                CASE WHEN t.en THEN ${body.en}::text || E'\\n\\n' || ${openIt.en}::text
                     ELSE ${body.ko}::text || E'\\n\\n' || ${openIt.ko}::text END
           FROM ${name}_to t)`,
    ];
  });
}

// Every note is written in both languages; each recipient gets theirs (users.locale,
// Korean when never chosen) by the statement above. Wording: messages/*/notify.json.
function notesFor(m: NotifiedMatch, actor: WorkflowActor, e: MatchEvent, locale: Locale): Note[] {
  const t = translatorFor(locale, "notify");
  const money = (n: number) => formatMoney(locale, n, m.currency);
  const byCreator = actor.role === "CREATOR";
  const otherSide: Audience = byCreator ? "brand" : "creator";
  const v = {
    brand: m.brandName,
    creator: m.creatorName,
    campaign: locale === "ko" ? `‘${m.campaignTitle}’` : `"${m.campaignTitle}"`,
    // an admin speaks for the platform's review, not for the brand
    who: byCreator ? m.creatorName : actor.role === "ADMIN" ? t("reviewTeam") : m.brandName,
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
  if (e.kind === "message") {
    // before it goes out, the thread is between the brand and the admins reviewing it
    // (a draft nobody reviews: the brand's own notes, which tell nobody)
    const to: Audience | null = e.sent
      ? otherSide
      : actor.role === "ADMIN"
        ? "brand"
        : m.reviewStatus === "PENDING"
          ? "admins"
          : null;
    return to ? [note(to, "message", "message", { text: e.body.slice(0, 500) })] : [];
  }
  const why = e.note ? t("reason", { note: e.note }) : "";
  switch (e.to) {
    case "CONTACTED": {
      // the offer the admin let through, as a direct proposal's mail names it
      const proposal = newProposal(m.offer ? money(m.offer.amount) : null);
      return e.reviewed
        ? [proposal, note("brand", "review_approved", "reviewApproved", { why })]
        : [proposal];
    }
    case "REJECTED":
      if (e.reviewed) return [note("brand", "review_rejected", "reviewRejected", { why })];
      // a brand withdrawing its own proposal before it went out tells nobody
      return e.sent ? [note(otherSide, "declined", "declined", { why })] : [];
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
      return (e.sent ? (["brand", "creator"] as const) : (["brand"] as const)).map((to) =>
        note(to, "expired", "expired"),
      );
    default:
      return [];
  }
}

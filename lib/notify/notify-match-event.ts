// Who hears about a workflow event, in the app and by e-mail. Written inside the
// transaction that made the change (notifications + email_outbox rows), so a rolled
// back change notifies nobody; the e-mails leave after commit (send-outbox.ts).
import type { MatchStatus } from "../db/generated/enums.ts";
import type { WorkflowActor } from "../matches/actor.ts";
import type { MatchState } from "../matches/read-match-state.ts";
import type { Offer } from "../matches/schemas.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { formatMoney } from "../reporting/format.ts";

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
  for (const n of notesFor(match, actor, event)) {
    const link = `/matches/${match.id}`;
    const recipients =
      n.to === "brand"
        ? `SELECT u.id, u.email FROM args, brand_members bm JOIN users u ON u.id = bm.user_id
            WHERE bm.brand_id = args.brand_id`
        : n.to === "creator"
          ? `SELECT u.id, u.email FROM args, users u WHERE u.id = args.creator_user`
          : `SELECT u.id, u.email FROM args, users u WHERE u.role = 'ADMIN'`;
    // One statement per audience: notifications, then the same people's e-mails; the
    // one who acted is not told about their own step.
    await db.query(
      `WITH args AS (SELECT $6::uuid AS brand_id, $7::uuid AS creator_user, $8::uuid AS actor),
            who AS (${recipients} AND u.id IS DISTINCT FROM args.actor),
            n AS (INSERT INTO notifications (id, user_id, match_id, kind, title, body)
                  SELECT gen_random_uuid(), who.id, $1, $2, $3, $4 FROM who RETURNING user_id)
       INSERT INTO email_outbox (id, to_address, subject, body)
       SELECT gen_random_uuid(), who.email, $3, $4 || E'\\n\\n' || $5 FROM who`,
      [
        match.id,
        n.kind,
        n.title,
        n.body,
        `Open it: ${link}`,
        match.brandId,
        match.creatorUserId,
        actor.userId,
      ],
    );
  }
}

function notesFor(
  m: Parameters<typeof notifyMatchEvent>[1],
  actor: WorkflowActor,
  e: MatchEvent,
): Note[] {
  const money = (n: number) => formatMoney(n, m.currency);
  const byCreator = actor.role === "CREATOR";
  const otherSide: Audience = byCreator ? "brand" : "creator";
  const campaign = `"${m.campaignTitle}"`;
  if (e.kind === "proposal") {
    return e.review
      ? [
          {
            to: "admins",
            kind: "review_needed",
            title: `Review: ${m.brandName} → ${m.creatorName}`,
            body: `${m.brandName} proposes ${money(e.amount)} to ${m.creatorName} for ${campaign}. It waits for your review.`,
          },
        ]
      : [newProposal(m, money(e.amount))];
  }
  if (e.kind === "message") {
    const from = byCreator ? m.creatorName : m.brandName;
    return [
      {
        to: otherSide,
        kind: "message",
        title: `New message from ${from}`,
        body: `${from} on ${campaign}: ${e.body.slice(0, 500)}`,
      },
    ];
  }
  const why = e.note ? ` Reason: ${e.note}` : "";
  switch (e.to) {
    case "CONTACTED":
      return actor.role === "ADMIN"
        ? [
            newProposal(m, null),
            {
              to: "brand",
              kind: "review_approved",
              title: `Approved: your proposal to ${m.creatorName}`,
              body: `An admin approved your proposal for ${campaign}; it went to ${m.creatorName}.${why}`,
            },
          ]
        : [newProposal(m, null)];
    case "REJECTED":
      if (actor.role === "ADMIN") {
        return [
          {
            to: "brand",
            kind: "review_rejected",
            title: `Not approved: your proposal to ${m.creatorName}`,
            body: `An admin rejected your proposal for ${campaign}.${why}`,
          },
        ];
      }
      return [
        {
          to: otherSide,
          kind: "declined",
          title: `${byCreator ? m.creatorName : m.brandName} declined`,
          body: `${byCreator ? m.creatorName : m.brandName} declined ${campaign}.${why}`,
        },
      ];
    case "NEGOTIATING":
      return [
        {
          to: otherSide,
          kind: "counter_offer",
          title: `Counter-offer from ${byCreator ? m.creatorName : m.brandName}`,
          body: `${byCreator ? m.creatorName : m.brandName} proposes ${e.offer ? money(e.offer.amount) : "new terms"} for ${campaign}${e.offer ? `: ${e.offer.deliverables}` : ""}.`,
        },
      ];
    case "ACCEPTED":
      return [
        {
          to: otherSide,
          kind: "accepted",
          title: `Agreed: ${campaign}`,
          body: `${byCreator ? m.creatorName : m.brandName} accepted the offer for ${campaign}.`,
        },
      ];
    case "COMPLETED":
      return [
        {
          to: "creator",
          kind: "completed",
          title: `Completed: ${campaign}`,
          body: `${m.brandName} marked ${campaign} completed. Thank you!`,
        },
      ];
    case "EXPIRED":
      return (["brand", "creator"] as const).map((to) => ({
        to,
        kind: "expired",
        title: `Expired: ${campaign}`,
        body: `The proposal between ${m.brandName} and ${m.creatorName} for ${campaign} expired after 30 days without a step.`,
      }));
    default:
      return [];
  }
}

function newProposal(m: Parameters<typeof notifyMatchEvent>[1], amount: string | null): Note {
  return {
    to: "creator",
    kind: "proposal",
    title: `New proposal from ${m.brandName}`,
    body: `${m.brandName} invites you to ${JSON.stringify(m.campaignTitle)}${amount ? ` for ${amount}` : ""}. Open your inbox to accept, decline or counter.`,
  };
}

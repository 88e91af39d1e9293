// The life of one match: the path through the workflow to its current status, when
// each step happened and who took it, the admin review, and the message thread that
// goes with it. History and thread are built from the same timeline, so the last
// history row is always the match's status and every message falls inside its step.
import { OPEN_MATCH_STATUSES } from "../matches/statuses.ts";
import { won } from "./proposal.ts";
import type { Rng } from "../random/seeded-random.ts";
import type { CampaignRow, MatchStatus, MessageRow, StatusChangeRow } from "./types.ts";

const DAY = 86_400_000;
const MINUTE = 60_000;
export const EXPIRY_DAYS = 30;

/** The path from PENDING to a status. Only the workflow's legal transitions appear. */
export function pathTo(status: MatchStatus, r: Rng, reviewRequired: boolean): MatchStatus[] {
  switch (status) {
    case "PENDING":
      return ["PENDING"];
    case "CONTACTED":
      return ["PENDING", "CONTACTED"];
    case "RESPONDED":
      return ["PENDING", "CONTACTED", "RESPONDED"];
    case "NEGOTIATING":
      return ["PENDING", "CONTACTED", "RESPONDED", "NEGOTIATING"];
    case "ACCEPTED":
    case "COMPLETED": {
      const base: MatchStatus[] = r.chance(0.55)
        ? ["PENDING", "CONTACTED", "RESPONDED", "NEGOTIATING", "ACCEPTED"]
        : ["PENDING", "CONTACTED", "RESPONDED", "ACCEPTED"];
      return status === "COMPLETED" ? [...base, "COMPLETED"] : base;
    }
    case "REJECTED":
      if (reviewRequired && r.chance(0.25)) return ["PENDING", "REJECTED"];
      return r.chance(0.5)
        ? ["PENDING", "CONTACTED", "RESPONDED", "REJECTED"]
        : ["PENDING", "CONTACTED", "RESPONDED", "NEGOTIATING", "REJECTED"];
    case "EXPIRED":
      return r.chance(0.75)
        ? ["PENDING", "CONTACTED", "EXPIRED"]
        : ["PENDING", "CONTACTED", "RESPONDED", "EXPIRED"];
  }
}

/** Days between reaching the previous status and reaching `to`. */
function gapDays(to: MatchStatus, r: Rng): number {
  switch (to) {
    case "CONTACTED":
      return r.uniform(0.1, 3);
    case "RESPONDED":
      return r.uniform(0.3, 6);
    case "NEGOTIATING":
      return r.uniform(0.2, 4);
    case "ACCEPTED":
      return r.uniform(0.5, 7);
    case "REJECTED":
      return r.uniform(0.5, 6);
    case "COMPLETED":
      return r.uniform(10, 35);
    case "EXPIRED":
      // the hourly expiry job runs some time after the 30 days are up
      return EXPIRY_DAYS + r.uniform(0.01, 1);
    default:
      return 0;
  }
}

/** How long ago a match in a running campaign reached its current status. */
function endAgoDays(status: MatchStatus, r: Rng): number {
  if (OPEN_MATCH_STATUSES.includes(status)) return r.uniform(0.05, 25);
  if (status === "COMPLETED") return r.uniform(0.5, 12);
  if (status === "EXPIRED") return r.uniform(0.1, 12);
  return r.uniform(0.1, 25);
}

/**
 * Times (ms) of each step of `path`, or null when the path does not fit between
 * `earliest` and now (an expiry needs 30 quiet days).
 */
export function timeline(
  path: MatchStatus[],
  c: CampaignRow,
  earliest: number,
  now: number,
  r: Rng,
): number[] | null {
  const gaps = path.map((s, i) => (i === 0 ? 0 : gapDays(s, r) * DAY));
  const times = new Array<number>(path.length);
  if (c.status === "COMPLETED") {
    times[0] = Math.max(earliest, c.startsAt! - r.uniform(3, 20) * DAY);
    for (let i = 1; i < path.length; i++) times[i] = times[i - 1] + gaps[i];
    const last = path.length - 1;
    if (path[last] === "COMPLETED") {
      const cap = Math.min(c.endsAt! + 14 * DAY, now - DAY / 2);
      times[last] = Math.max(times[last - 1] + 3 * DAY, Math.min(times[last], cap));
    }
    if (times[last] > now - MINUTE) return null;
    return times.map(Math.round);
  }
  const fixed = path.reduce((s, p, i) => s + (p === "EXPIRED" ? gaps[i] : 0), 0);
  const available = now - earliest - fixed;
  if (available <= 0) return null;
  // young campaigns: the last step happened within the campaign's short life
  const end =
    now - Math.min(endAgoDays(path[path.length - 1], r) * DAY, available * r.uniform(0.05, 0.7));
  const flexible = gaps.reduce((s, g) => s + g, 0) - fixed;
  const room = end - earliest - fixed;
  const squeeze = flexible > room ? room / flexible : 1;
  times[path.length - 1] = end;
  for (let i = path.length - 1; i > 0; i--) {
    times[i - 1] = times[i] - (path[i] === "EXPIRED" ? gaps[i] : gaps[i] * squeeze);
  }
  return times.map(Math.round);
}

export type Participants = {
  brandName: string;
  brandUserIds: string[];
  creatorName: string;
  creatorUserId: string | null;
  adminIds: string[];
};

export type Money = { offer: number; counter: number; brandCounter: number | null; agreed: number };

export type Workflow = {
  history: StatusChangeRow[];
  messages: MessageRow[];
  reviewedById: string | null;
  reviewedAt: number | null;
  reviewStatus: "NOT_REQUIRED" | "PENDING" | "APPROVED" | "REJECTED";
};

const DELIVERABLE: Record<CampaignRow["type"], string> = {
  SPONSORED_VIDEO: "one dedicated video with a link in the description",
  PRODUCT_REVIEW: "an honest review video after two weeks of use",
  GIFTING: "a Short if you like the product (it is yours to keep either way)",
  STORE_VISIT: "a visit and a video or Short tagged with our Naver place",
  AFFILIATE: "a video with your personal code, plus 10% commission on sales",
};

export function buildWorkflow(
  matchId: string,
  path: MatchStatus[],
  times: number[],
  c: CampaignRow,
  who: Participants,
  money: Money,
  reviewRequired: boolean,
  now: number,
  r: Rng,
  ids: Rng,
): Workflow {
  const history: StatusChangeRow[] = [];
  const messages: MessageRow[] = [];
  const brandUser = () => r.pick(who.brandUserIds);
  const admin = r.pick(who.adminIds);
  const creator = who.creatorUserId;
  const viaEmail = creator === null ? " (reply received by e-mail)" : "";
  const say = (
    at: number,
    senderId: string | null,
    kind: MessageRow["kind"],
    body: string,
    amount: number | null = null,
  ) =>
    messages.push({
      id: ids.uuid(),
      matchId,
      senderId,
      kind,
      body,
      amount,
      createdAt: Math.round(at),
    });

  let reviewStatus: Workflow["reviewStatus"] = "NOT_REQUIRED";
  let reviewedById: string | null = null;
  let reviewedAt: number | null = null;
  if (reviewRequired) {
    if (path.length === 1) reviewStatus = "PENDING";
    else if (path[1] === "REJECTED") {
      reviewStatus = "REJECTED";
      reviewedById = admin;
      reviewedAt = times[1];
    } else {
      reviewStatus = "APPROVED";
      reviewedById = admin;
      reviewedAt = Math.round(times[0] + (times[1] - times[0]) * r.uniform(0.3, 0.9));
    }
  }

  for (let i = 0; i < path.length; i++) {
    const to = path[i];
    const from = i === 0 ? null : path[i - 1];
    const at = times[i];
    const next = path[i + 1];
    // follow-up messages land early in the step, before anything that happens next
    const window =
      next === undefined ? Math.min(DAY, Math.max(MINUTE, now - at)) : times[i + 1] - at;
    const soon = (k: number) =>
      at + window * (k === 1 ? r.uniform(0.01, 0.1) : r.uniform(0.2, 0.4));
    let actorId: string | null = null;
    let note: string | null = null;
    switch (to) {
      case "PENDING":
        actorId = brandUser();
        note = reviewRequired
          ? "Proposed from the ranking; waiting for admin review"
          : "Proposed from the ranking";
        break;
      case "CONTACTED":
        actorId = brandUser();
        note = reviewRequired ? "Sent after admin approval" : "Proposal sent";
        say(
          at,
          actorId,
          "PROPOSAL",
          `Hi ${who.creatorName}! We're ${who.brandName} and we'd love to work with you on "${c.title}": ${DELIVERABLE[c.type]}. Our offer is ${won(money.offer)}.`,
          money.offer,
        );
        break;
      case "RESPONDED":
        actorId = creator;
        note = `Creator replied${viaEmail}`;
        say(
          soon(1),
          creator,
          "MESSAGE",
          next === "REJECTED"
            ? "Thank you for thinking of me! Could you tell me more about the timeline first?"
            : next === "ACCEPTED"
              ? "Thanks, this fits my channel well. Happy to go ahead at that rate."
              : "Thanks for reaching out! Could you share the product brief and the timeline?",
        );
        break;
      case "NEGOTIATING":
        actorId = creator;
        note = `Counter-offer${viaEmail}`;
        say(
          soon(1),
          creator,
          "COUNTER_OFFER",
          `For this deliverable I usually charge ${won(money.counter)}. Could we meet there?`,
          money.counter,
        );
        if (money.brandCounter !== null) {
          say(
            soon(3),
            brandUser(),
            "COUNTER_OFFER",
            `We can go up to ${won(money.brandCounter)}, including a second round of edits.`,
            money.brandCounter,
          );
        }
        break;
      case "ACCEPTED":
        actorId = from === "NEGOTIATING" ? brandUser() : creator;
        note = `Agreed at ${won(money.agreed)}`;
        say(soon(1), null, "SYSTEM", `Agreement reached at ${won(money.agreed)}.`, money.agreed);
        break;
      case "REJECTED":
        if (from === "PENDING") {
          actorId = admin;
          note = "Rejected in admin review";
          say(
            soon(1),
            null,
            "SYSTEM",
            "Rejected in admin review before the creator was contacted.",
          );
        } else if (from === "NEGOTIATING" && r.chance(0.5)) {
          actorId = brandUser();
          note = "Brand declined the counter-offer";
          say(
            soon(1),
            actorId,
            "MESSAGE",
            "Unfortunately that is beyond our budget for this campaign. Hope we can work together another time!",
          );
        } else {
          actorId = creator;
          note = `Creator declined${viaEmail}`;
          say(
            soon(1),
            creator,
            "MESSAGE",
            "I have to pass on this one: my schedule is full for the campaign period. Thank you!",
          );
        }
        break;
      case "COMPLETED":
        actorId = brandUser();
        note = "Content delivered and verified";
        say(
          at - (at - times[i - 1]) * r.uniform(0.1, 0.3),
          creator,
          "MESSAGE",
          `The video is live: https://youtu.be/${ids.youtubeId(11)}`,
        );
        say(
          soon(1),
          null,
          "SYSTEM",
          "Marked complete. Results are measured over the following two weeks.",
        );
        break;
      case "EXPIRED":
        note = `No response within ${EXPIRY_DAYS} days`;
        say(
          soon(1),
          null,
          "SYSTEM",
          `This proposal expired after ${EXPIRY_DAYS} days without a reply.`,
        );
        break;
    }
    history.push({
      id: ids.uuid(),
      matchId,
      fromStatus: from,
      toStatus: to,
      actorId,
      note,
      createdAt: at,
    });
  }
  return { history, messages, reviewStatus, reviewedById, reviewedAt };
}

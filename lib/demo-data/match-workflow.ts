// The life of one match: the path through the workflow to its current status, when
// each step happened and who took it, the admin review, and the message thread that
// goes with it. History and thread are built from the same timeline, so the last
// history row is always the match's status and every message falls inside its step.
import { OPEN_MATCH_STATUSES } from "../matches/statuses.ts";
import { won } from "./proposal.ts";
import type { Rng } from "../random/seeded-random.ts";
import { englishLine, type SystemLine } from "../matches/system-lines.ts";
import type { CampaignRow, MatchStatus, MessageRow, OfferRow, StatusChangeRow } from "./types.ts";
import type { ReviewStatus } from "../db/generated/enums.ts";

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
  offers: OfferRow[];
  reviewedById: string | null;
  reviewedAt: number | null;
  reviewStatus: ReviewStatus;
};

const DELIVERABLE: Record<CampaignRow["type"], string> = {
  SPONSORED_VIDEO: "설명란에 링크를 넣은 단독 영상 1편",
  PRODUCT_REVIEW: "2주 사용 후 솔직 리뷰 영상",
  GIFTING: "제품이 마음에 드시면 쇼츠 1편 (제품은 어느 경우든 드립니다)",
  STORE_VISIT: "매장 방문 후 네이버 플레이스를 태그한 영상 또는 쇼츠",
  AFFILIATE: "개인 할인코드를 넣은 영상, 판매 수수료 10% 별도",
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
  const offers: OfferRow[] = [];
  const brandUser = () => r.pick(who.brandUserIds);
  const admin = r.pick(who.adminIds);
  const creator = who.creatorUserId;
  const say = (
    at: number,
    senderId: string | null,
    kind: MessageRow["kind"],
    body: string | SystemLine,
    amount: number | null = null,
  ) =>
    messages.push({
      id: ids.uuid(),
      matchId,
      senderId,
      kind,
      body: typeof body === "string" ? body : englishLine(body),
      amount,
      line: typeof body === "string" ? null : body,
      createdAt: Math.round(at),
    });
  // what the app stores with a proposal and each counter-offer: the Accept button and
  // the counter-offer form read the last one
  const offer = (
    at: number,
    authorId: string | null,
    side: OfferRow["side"],
    amount: number,
    message: string,
  ) =>
    offers.push({
      id: ids.uuid(),
      matchId,
      authorId,
      side,
      amount,
      deliverables: DELIVERABLE[c.type],
      message,
      createdAt: Math.round(at),
    });
  const krw = (amount: number) => ({ amount, currency: "KRW" });
  // the brand's first words, with its offer and in the proposal it sends
  const greeting = `${who.creatorName}님, 안녕하세요! ${who.brandName}입니다. ‘${c.title}’ 캠페인을 함께하고 싶어 연락드립니다.`;

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
    // a person's note, or a line of the platform's own (one of the two)
    let note: string | null = null;
    let line: SystemLine | null = null;
    // The message that makes a step (a reply, a counter-offer, the agreement) is sent
    // as the step happens; soon(1) is still drawn, so the rest of the data stays as it was.
    switch (to) {
      case "PENDING": {
        actorId = brandUser();
        line = { code: reviewRequired ? "proposedForReview" : "proposed", params: {} };
        offer(at, actorId, "BRAND", money.offer, greeting);
        break;
      }
      case "CONTACTED":
        actorId = brandUser();
        line = { code: "proposalSent", params: {} };
        say(
          at,
          actorId,
          "PROPOSAL",
          `${greeting} 내용은 ${DELIVERABLE[c.type]}이고, 제안 금액은 ${won(money.offer)}입니다.`,
          money.offer,
        );
        break;
      case "RESPONDED":
        actorId = creator;
        line = { code: "creatorAnswered", params: {} };
        soon(1);
        say(
          at,
          creator,
          "MESSAGE",
          next === "REJECTED"
            ? "제안 감사합니다! 일정부터 조금 더 자세히 알려 주실 수 있을까요?"
            : next === "ACCEPTED"
              ? "감사합니다. 제 채널과 잘 맞네요. 그 금액으로 진행하겠습니다."
              : "연락 주셔서 감사합니다! 제품 소개 자료와 일정을 보내 주실 수 있을까요?",
        );
        break;
      case "NEGOTIATING": {
        actorId = creator;
        line = {
          code: "counterOffer",
          params: { ...krw(money.counter), deliverables: DELIVERABLE[c.type] },
        };
        soon(1);
        const ask = `이 정도 콘텐츠는 보통 ${won(money.counter)}을 받고 있어요. 이 금액으로 맞춰 주실 수 있을까요?`;
        say(at, creator, "COUNTER_OFFER", ask, money.counter);
        offer(at, creator, "CREATOR", money.counter, ask);
        if (money.brandCounter !== null) {
          const when = soon(3);
          const by = brandUser();
          const answer = `수정 1회 추가를 포함해 ${won(money.brandCounter)}까지 가능합니다.`;
          say(when, by, "COUNTER_OFFER", answer, money.brandCounter);
          offer(when, by, "BRAND", money.brandCounter, answer);
        }
        break;
      }
      case "ACCEPTED":
        if (from === "NEGOTIATING") {
          // whoever did not make the last offer accepts it (the app refuses one's own)
          const brand = brandUser();
          actorId = money.brandCounter !== null ? creator : brand;
        } else actorId = creator;
        line = { code: "agreementReached", params: krw(money.agreed) };
        soon(1);
        say(at, null, "SYSTEM", line, money.agreed);
        break;
      case "REJECTED":
        if (from === "PENDING") {
          actorId = admin;
          line = { code: "rejectedInReview", params: { note: "브랜드 적합도가 낮아 보류합니다" } };
          soon(1);
          say(at, null, "SYSTEM", line);
        } else if (from === "NEGOTIATING" && r.chance(0.5)) {
          actorId = brandUser();
          note = "역제안 금액이 예산을 넘음";
          soon(1);
          say(
            at,
            actorId,
            "MESSAGE",
            "아쉽지만 이번 캠페인 예산을 넘는 금액이에요. 다음에 꼭 함께해요!",
          );
        } else {
          actorId = creator;
          note = "캠페인 기간에 일정이 꽉 차 있음";
          soon(1);
          say(
            at,
            creator,
            "MESSAGE",
            "캠페인 기간에 일정이 꽉 차 있어서 이번에는 어렵겠습니다. 감사합니다!",
          );
        }
        break;
      case "COMPLETED":
        actorId = brandUser();
        line = { code: "markedComplete", params: {} };
        say(
          at - (at - times[i - 1]) * r.uniform(0.1, 0.3),
          creator,
          "MESSAGE",
          `영상 올라갔습니다: https://youtu.be/${ids.youtubeId(11)}`,
        );
        soon(1);
        say(at, null, "SYSTEM", line);
        break;
      case "EXPIRED":
        line = { code: "noStepFor30Days", params: {} };
        soon(1);
        say(at, null, "SYSTEM", { code: "expired", params: {} });
        break;
    }
    history.push({
      id: ids.uuid(),
      matchId,
      fromStatus: from,
      toStatus: to,
      actorId,
      note: line ? englishLine(line) : note,
      line,
      createdAt: at,
    });
  }
  return { history, messages, offers, reviewStatus, reviewedById, reviewedAt };
}

// The life of one match: the path through the workflow to its current status, when
// each step happened and who took it, the admin review, and the message thread that
// goes with it. History and thread are built from the same timeline, so the last
// history row is always the match's status and every message falls inside its step.
import { OPEN_MATCH_STATUSES } from "../matches/statuses.ts";
import { won } from "./proposal.ts";
import type { Rng } from "../random/seeded-random.ts";
import type { CampaignRow, MatchStatus, MessageRow, StatusChangeRow } from "./types.ts";
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
  const brandUser = () => r.pick(who.brandUserIds);
  const admin = r.pick(who.adminIds);
  const creator = who.creatorUserId;
  const viaEmail = creator === null ? " (이메일로 답변 받음)" : "";
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
        note = reviewRequired ? "추천 순위에서 제안함. 관리자 검토 대기" : "추천 순위에서 제안함";
        break;
      case "CONTACTED":
        actorId = brandUser();
        note = reviewRequired ? "관리자 승인 후 전달함" : "제안을 보냄";
        say(
          at,
          actorId,
          "PROPOSAL",
          `${who.creatorName}님, 안녕하세요! ${who.brandName}입니다. ‘${c.title}’ 캠페인을 함께하고 싶어 연락드립니다. 내용은 ${DELIVERABLE[c.type]}이고, 제안 금액은 ${won(money.offer)}입니다.`,
          money.offer,
        );
        break;
      case "RESPONDED":
        actorId = creator;
        note = `크리에이터가 답변함${viaEmail}`;
        say(
          soon(1),
          creator,
          "MESSAGE",
          next === "REJECTED"
            ? "제안 감사합니다! 일정부터 조금 더 자세히 알려 주실 수 있을까요?"
            : next === "ACCEPTED"
              ? "감사합니다. 제 채널과 잘 맞네요. 그 금액으로 진행하겠습니다."
              : "연락 주셔서 감사합니다! 제품 소개 자료와 일정을 보내 주실 수 있을까요?",
        );
        break;
      case "NEGOTIATING":
        actorId = creator;
        note = `역제안${viaEmail}`;
        say(
          soon(1),
          creator,
          "COUNTER_OFFER",
          `이 정도 콘텐츠는 보통 ${won(money.counter)}을 받고 있어요. 이 금액으로 맞춰 주실 수 있을까요?`,
          money.counter,
        );
        if (money.brandCounter !== null) {
          say(
            soon(3),
            brandUser(),
            "COUNTER_OFFER",
            `수정 1회 추가를 포함해 ${won(money.brandCounter)}까지 가능합니다.`,
            money.brandCounter,
          );
        }
        break;
      case "ACCEPTED":
        actorId = from === "NEGOTIATING" ? brandUser() : creator;
        note = `${won(money.agreed)}에 합의`;
        say(soon(1), null, "SYSTEM", `${won(money.agreed)}에 합의되었습니다.`, money.agreed);
        break;
      case "REJECTED":
        if (from === "PENDING") {
          actorId = admin;
          note = "관리자 검토에서 반려됨";
          say(
            soon(1),
            null,
            "SYSTEM",
            "크리에이터에게 연락하기 전 관리자 검토에서 반려되었습니다.",
          );
        } else if (from === "NEGOTIATING" && r.chance(0.5)) {
          actorId = brandUser();
          note = "브랜드가 역제안을 거절함";
          say(
            soon(1),
            actorId,
            "MESSAGE",
            "아쉽지만 이번 캠페인 예산을 넘는 금액이에요. 다음에 꼭 함께해요!",
          );
        } else {
          actorId = creator;
          note = `크리에이터가 거절함${viaEmail}`;
          say(
            soon(1),
            creator,
            "MESSAGE",
            "캠페인 기간에 일정이 꽉 차 있어서 이번에는 어렵겠습니다. 감사합니다!",
          );
        }
        break;
      case "COMPLETED":
        actorId = brandUser();
        note = "콘텐츠 게시 확인 완료";
        say(
          at - (at - times[i - 1]) * r.uniform(0.1, 0.3),
          creator,
          "MESSAGE",
          `영상 올라갔습니다: https://youtu.be/${ids.youtubeId(11)}`,
        );
        say(soon(1), null, "SYSTEM", "완료 처리되었습니다. 성과는 이후 2주 동안 측정합니다.");
        break;
      case "EXPIRED":
        note = `${EXPIRY_DAYS}일 동안 응답 없음`;
        say(soon(1), null, "SYSTEM", `${EXPIRY_DAYS}일 동안 답이 없어 이 제안이 만료되었습니다.`);
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

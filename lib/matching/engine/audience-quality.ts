// Audience quality, 0-100: how much of a channel's claimed audience looks real. Each
// signal says what it measured, against which norm, and how many points it cost, so a
// brand manager can check the judgement. It never removes a creator: a poor score is
// a risk on the ranked row and lowers the confidence.
//
// Norms are those of the channel's *view* tier (the tier its recent median views
// imply), not its subscriber tier: a channel that bought subscribers would otherwise
// be judged against the bigger tier's lower views-per-subscriber norm and pass.
import { englishFact } from "./english.ts";
import { fact, type Fact } from "./facts.ts";
import { formatNumber, formatShort } from "./format.ts";
import { ENGAGEMENT_NORM, VIEWS_PER_SUBSCRIBER_NORM } from "./norms.ts";
import type { CreatorFeatures, Tier } from "./types.ts";

export type QualitySignalCode =
  | "views_per_subscriber"
  | "engagement"
  | "comments_per_like"
  | "subscriber_jumps"
  | "repeated_comments";

export interface QualitySignal {
  code: QualitySignalCode;
  // false when the data to measure it is missing (then value and points are null / 0)
  measured: boolean;
  value: number | null;
  norm: number | null;
  // points taken off 100
  points: number;
  // English (CLI, API); pages render `fact` in the reader's language
  message: string;
  fact: Fact;
}

function signal(s: Omit<QualitySignal, "message">): QualitySignal {
  return { ...s, message: englishFact(s.fact) };
}

export type AudienceQualityLevel = "good" | "doubtful" | "poor";

export interface AudienceQuality {
  score: number;
  level: AudienceQualityLevel;
  signals: QualitySignal[];
}

// Below these scores the quality is a risk (medium, then high).
export const QUALITY_RISK_BELOW = 60;
export const QUALITY_SEVERE_BELOW = 40;

const pct1 = (x: number) => `${formatShort(x * 100)}%`;
const log2 = Math.log2;
const min = (a: number, b: number) => (a < b ? a : b);

// Down to 0.3x the norm costs nothing: honest channels vary that much (one in twenty
// sits under a quarter of the norm). Below, 80 points per halving, at most 70: at
// 0.2x the norm (a channel claiming five times its real audience) the score is 53
// and a risk, at 0.15x it is 30 and severe. Calibrated on synthetic rosters with
// known inflation (npm run eval:match, audience-quality section).
function viewsPerSubscriberSignal(f: CreatorFeatures, tier: Tier): QualitySignal {
  const norm = VIEWS_PER_SUBSCRIBER_NORM[f.platform][tier];
  if (f.subscribers === null || f.subscribers <= 0 || f.videoCount < 3 || f.medianViews <= 0) {
    return signal({
      code: "views_per_subscriber",
      measured: false,
      value: null,
      norm,
      points: 0,
      fact: fact(f.subscribers === null ? "vpsHidden" : "vpsFewVideos"),
    });
  }
  const vps = f.medianViews / f.subscribers;
  const ratio = vps / norm;
  const points = ratio >= 0.3 ? 0 : Math.round(min(70, 80 * log2(0.3 / ratio)));
  return signal({
    code: "views_per_subscriber",
    measured: true,
    value: vps,
    norm,
    points,
    fact: fact("vps", {
      vps: pct1(vps),
      median: formatNumber(Math.round(f.medianViews)),
      subscribers: formatNumber(f.subscribers),
      ratio: formatShort(ratio),
      norm: pct1(norm),
      tier,
      points,
    }),
  });
}

// Engagement far under the norm: views or followers nobody engages with; far over it:
// engagement pods or bought likes. At most 40 points.
function engagementSignal(f: CreatorFeatures, tier: Tier): QualitySignal {
  const norm = ENGAGEMENT_NORM[f.platform][tier];
  if (!(f.engagementRate > 0) || f.medianViews <= 0) {
    return signal({
      code: "engagement",
      measured: false,
      value: null,
      norm,
      points: 0,
      fact: fact("engagementUnmeasured"),
    });
  }
  const ratio = f.engagementRate / norm;
  const points =
    ratio < 0.5
      ? Math.round(min(40, 25 * log2(0.5 / ratio)))
      : ratio > 3
        ? Math.round(min(25, 12 * log2(ratio / 3)))
        : 0;
  return signal({
    code: "engagement",
    measured: true,
    value: f.engagementRate,
    norm,
    points,
    fact: fact("engagementSignal", {
      rate: pct1(f.engagementRate),
      ratio: formatShort(ratio),
      norm: pct1(norm),
      tier,
      points,
      direction: points === 0 ? "none" : ratio < 0.5 ? "low" : "high",
    }),
  });
}

// Real audiences leave roughly one comment per 10-100 likes; bought likes come
// without comments, comment bots without likes. 15 points outside 1:300 - 1:1.5.
function commentsPerLikeSignal(f: CreatorFeatures): QualitySignal {
  // No comments at all usually means comments are turned off, which says nothing.
  if (!(f.likeRate > 0) || !(f.commentRate > 0) || f.videoCount < 3) {
    return signal({
      code: "comments_per_like",
      measured: false,
      value: null,
      norm: null,
      points: 0,
      fact: fact("commentsUnmeasured"),
    });
  }
  const ratio = f.commentRate / f.likeRate;
  const points = ratio < 1 / 300 || ratio > 1 / 1.5 ? 15 : 0;
  return signal({
    code: "comments_per_like",
    measured: true,
    value: ratio,
    norm: null,
    points,
    fact: fact("commentsPerLike", { per100: formatShort(ratio * 100, 2), points }),
  });
}

export function assessAudienceQuality(f: CreatorFeatures, viewTier: Tier): AudienceQuality {
  const signals: QualitySignal[] = [
    viewsPerSubscriberSignal(f, viewTier),
    engagementSignal(f, viewTier),
    commentsPerLikeSignal(f),
    signal({
      code: "subscriber_jumps",
      measured: false,
      value: null,
      norm: null,
      points: 0,
      fact: fact("subscriberJumpsUnmeasured"),
    }),
    signal({
      code: "repeated_comments",
      measured: false,
      value: null,
      norm: null,
      points: 0,
      fact: fact("repeatedCommentsUnmeasured"),
    }),
  ];
  let score = 100;
  for (const s of signals) score -= s.points;
  score = score < 0 ? 0 : score;
  const level: AudienceQualityLevel =
    score < QUALITY_SEVERE_BELOW ? "poor" : score < QUALITY_RISK_BELOW ? "doubtful" : "good";
  return { score, level, signals };
}

// Bulk loading through COPY ... FROM STDIN (text format): one round trip per table,
// rows streamed in 64 KB chunks, so 250,000 videos load in seconds instead of the
// minutes row-by-row inserts would take.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { DemoData } from "./generate.ts";

type Value = string | number | boolean | null | undefined;

const SPECIAL = /[\\\n\r\t]/;

/** One field in COPY's text format. */
export function field(v: Value): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "boolean") return v ? "t" : "f";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return "\\N";
    return String(v);
  }
  if (!SPECIAL.test(v)) return v;
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
}

// Date#toISOString is a third of the serialisation time for 500,000 timestamps; the
// date part is cached per day and the time of day is formatted by hand.
const DAY = 86_400_000;
const datePrefix = new Map<number, string>();
const pad2 = (n: number) => (n < 10 ? "0" + n : String(n));
const pad3 = (n: number) => (n < 10 ? "00" + n : n < 100 ? "0" + n : String(n));

export function ts(time: number | null): string | null {
  if (time === null) return null;
  // Date drops fractions of a millisecond; so does this
  const ms = Math.trunc(time);
  const day = Math.floor(ms / DAY);
  let prefix = datePrefix.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    datePrefix.set(day, prefix);
  }
  let rest = ms - day * DAY;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const hour = (rest - min) / 60;
  return `${prefix}${pad2(hour)}:${pad2(min)}:${pad2(sec)}.${pad3(milli)}Z`;
}
const json = (v: unknown): string => JSON.stringify(v);
/** A Postgres array literal; COPY escaping is applied on top by `field`. */
export const array = (items: readonly string[]): string =>
  `{${items.map((s) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;

type TableSpec<T> = {
  table: string;
  columns: string[];
  rows: (d: DemoData) => Iterable<T>;
  fields: (row: T) => Value[];
};

function spec<T>(s: TableSpec<T>): TableSpec<unknown> {
  return s as TableSpec<unknown>;
}

/** In dependency order: every foreign key points at a table loaded earlier. */
export const TABLES: TableSpec<unknown>[] = [
  spec({
    table: "users",
    columns: ["id", "email", "name", "image", "role", "last_login_at", "created_at", "updated_at"],
    rows: (d) => d.users,
    fields: (u) => [
      u.id,
      u.email,
      u.name,
      null,
      u.role,
      ts(u.lastLoginAt),
      ts(u.createdAt),
      ts(Math.max(u.createdAt, u.lastLoginAt ?? 0)),
    ],
  }),
  spec({
    table: "brands",
    columns: [
      "id",
      "name",
      "kind",
      "category",
      "city",
      "district",
      "price_level",
      "naver_place_url",
      "website_url",
      "plan",
      "created_at",
      "updated_at",
    ],
    rows: (d) => d.brands,
    fields: (b) => [
      b.id,
      b.name,
      b.kind,
      b.category,
      b.city,
      b.district,
      b.priceLevel,
      b.naverPlaceUrl,
      b.websiteUrl,
      b.plan,
      ts(b.createdAt),
      ts(b.createdAt),
    ],
  }),
  spec({
    table: "brand_members",
    columns: ["brand_id", "user_id", "role", "created_at"],
    rows: (d) => d.brandMembers,
    fields: (m) => [m.brandId, m.userId, m.role, ts(m.createdAt)],
  }),
  spec({
    table: "creators",
    columns: [
      "id",
      "user_id",
      "display_name",
      "bio",
      "categories",
      "region",
      "district",
      "country",
      "languages",
      "rate_per_video",
      "rate_per_short",
      "rate_per_visit",
      "currency",
      "onboarding_step",
      "created_at",
      "updated_at",
    ],
    rows: (d) => d.creators,
    fields: (c) => [
      c.id,
      c.userId,
      c.displayName,
      c.bio,
      array(c.categories),
      c.region,
      c.district,
      c.country,
      array(c.languages),
      c.ratePerVideo,
      c.ratePerShort,
      c.ratePerVisit,
      "KRW",
      c.onboardingStep,
      ts(c.createdAt),
      ts(c.createdAt),
    ],
  }),
  spec({
    table: "channels",
    columns: [
      "id",
      "creator_id",
      "platform",
      "external_id",
      "handle",
      "title",
      "url",
      "country",
      "subscriber_count",
      "subscribers_hidden",
      "view_count",
      "video_count",
      "tier",
      "engagement_rate",
      "median_views",
      "last_video_at",
      "stats_source",
      "stats_fetched_at",
      "created_at",
      "updated_at",
    ],
    rows: (d) => d.channels,
    fields: (c) => [
      c.id,
      c.creatorId,
      "YOUTUBE",
      c.externalId,
      c.handle,
      c.title,
      c.url,
      c.country,
      c.subscriberCount,
      c.subscribersHidden,
      c.viewCount,
      c.videoCount,
      c.tier,
      c.engagementRate,
      c.medianViews,
      ts(c.lastVideoAt),
      c.statsSource,
      ts(c.statsFetchedAt),
      ts(c.createdAt),
      ts(Math.max(c.createdAt, c.statsFetchedAt)),
    ],
  }),
  spec({
    table: "videos",
    columns: [
      "id",
      "channel_id",
      "external_id",
      "title",
      "published_at",
      "duration_sec",
      "is_short",
      "views",
      "likes",
      "comments",
      "shares",
      "fetched_at",
    ],
    rows: (d) => d.videos,
    fields: (v) => [
      v.id,
      v.channelId,
      v.externalId,
      v.title,
      ts(v.publishedAt),
      v.durationSec,
      v.isShort,
      v.views,
      v.likes,
      v.comments,
      v.shares,
      ts(v.fetchedAt),
    ],
  }),
  spec({
    table: "audience_shares",
    columns: ["channel_id", "dimension", "bucket", "share", "source", "fetched_at"],
    rows: (d) => d.audience,
    fields: (a) => [a.channelId, a.dimension, a.bucket, a.share, a.source, ts(a.fetchedAt)],
  }),
  spec({
    table: "campaigns",
    columns: [
      "id",
      "brand_id",
      "created_by_id",
      "title",
      "product_name",
      "product_url",
      "description",
      "category",
      "type",
      "status",
      "platforms",
      "budget",
      "currency",
      "starts_at",
      "ends_at",
      "target_age_ranges",
      "target_genders",
      "target_countries",
      "target_regions",
      "target_interests",
      "matching_weights",
      "matching_filters",
      "created_at",
      "updated_at",
    ],
    rows: (d) => d.campaigns,
    fields: (c) => [
      c.id,
      c.brandId,
      c.createdById,
      c.title,
      c.productName,
      c.productUrl,
      c.description,
      c.category,
      c.type,
      c.status,
      "{YOUTUBE}",
      c.budget,
      "KRW",
      ts(c.startsAt),
      ts(c.endsAt),
      array(c.targetAgeRanges),
      array(c.targetGenders),
      array(c.targetCountries),
      array(c.targetRegions),
      array(c.targetInterests),
      null,
      null,
      ts(c.createdAt),
      ts(c.updatedAt),
    ],
  }),
  spec({
    table: "matches",
    columns: [
      "id",
      "campaign_id",
      "creator_id",
      "status",
      "priority",
      "score",
      "audience_overlap",
      "category_match",
      "performance_prediction",
      "budget_fit",
      "confidence",
      "reasons",
      "explanation",
      "risks",
      "forecast",
      "predicted_views_min",
      "predicted_views_max",
      "features_at_proposal",
      "offer_amount",
      "agreed_amount",
      "currency",
      "review_status",
      "review_reason",
      "review_lines",
      "reviewed_by_id",
      "reviewed_at",
      "expires_at",
      "status_changed_at",
      "version",
      "created_at",
      "updated_at",
    ],
    rows: (d) => d.matches,
    fields: (m) => [
      m.id,
      m.campaignId,
      m.creatorId,
      m.status,
      m.priority,
      m.score,
      m.audienceOverlap,
      m.categoryMatch,
      m.performancePrediction,
      m.budgetFit,
      m.confidence,
      json(m.reasons),
      json(m.explanation),
      json(m.risks),
      json(m.forecast),
      m.predictedViewsMin,
      m.predictedViewsMax,
      json(m.featuresAtProposal),
      m.offerAmount,
      m.agreedAmount,
      "KRW",
      m.reviewStatus,
      m.reviewReason,
      m.reviewLines === null ? null : json(m.reviewLines),
      m.reviewedById,
      ts(m.reviewedAt),
      ts(m.expiresAt),
      ts(m.statusChangedAt),
      m.version,
      ts(m.createdAt),
      ts(Math.max(m.statusChangedAt, m.reviewedAt ?? 0)),
    ],
  }),
  spec({
    table: "match_status_changes",
    columns: [
      "id",
      "match_id",
      "from_status",
      "to_status",
      "actor_id",
      "note",
      "system_line",
      "created_at",
    ],
    rows: (d) => d.history,
    fields: (h) => [
      h.id,
      h.matchId,
      h.fromStatus,
      h.toStatus,
      h.actorId,
      h.note,
      h.line === null ? null : json(h.line),
      ts(h.createdAt),
    ],
  }),
  spec({
    table: "match_messages",
    columns: ["id", "match_id", "sender_id", "kind", "body", "amount", "system_line", "created_at"],
    rows: (d) => d.messages,
    fields: (m) => [
      m.id,
      m.matchId,
      m.senderId,
      m.kind,
      m.body,
      m.amount,
      m.line === null ? null : json(m.line),
      ts(m.createdAt),
    ],
  }),
  spec({
    table: "match_offers",
    columns: [
      "id",
      "match_id",
      "author_id",
      "side",
      "amount",
      "deliverables",
      "message",
      "created_at",
    ],
    rows: (d) => d.offers,
    fields: (o) => [
      o.id,
      o.matchId,
      o.authorId,
      o.side,
      o.amount,
      o.deliverables,
      o.message,
      ts(o.createdAt),
    ],
  }),
  spec({
    table: "match_outcomes",
    columns: [
      "match_id",
      "views",
      "likes",
      "comments",
      "shares",
      "clicks",
      "orders",
      "revenue",
      "cost",
      "measured_at",
    ],
    rows: (d) => d.outcomes,
    fields: (o) => [
      o.matchId,
      o.views,
      o.likes,
      o.comments,
      o.shares,
      o.clicks,
      o.orders,
      o.revenue,
      o.cost,
      ts(o.measuredAt),
    ],
  }),
];

function* lines<T>(rows: Iterable<T>, fields: (row: T) => Value[]): Generator<string> {
  let chunk = "";
  for (const row of rows) {
    const values = fields(row);
    let line = field(values[0]);
    for (let i = 1; i < values.length; i++) line += "\t" + field(values[i]);
    chunk += line + "\n";
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/** Streams one table's rows into Postgres with COPY; resolves when the server has them. */
export async function copyTable(
  client: pg.PoolClient | pg.Client,
  spec: TableSpec<unknown>,
  data: DemoData,
): Promise<void> {
  const columns = spec.columns.map((c) => `"${c}"`).join(", ");
  const sink = client.query(copyFrom(`COPY "${spec.table}" (${columns}) FROM STDIN`));
  await pipeline(Readable.from(lines(spec.rows(data), spec.fields)), sink);
}

// Every /api/v1 route module, under its OpenAPI path. Adding a route = one line here;
// app/api/v1/openapi.json/openapi.test.ts walks app/api/v1 and fails when a route file
// or one of its methods is missing from the document, or lacks docs.
import type { RouteModules } from "@/lib/api/openapi/build-document";
import * as adminJobs from "../admin/jobs/route";
import * as reviewDecisions from "../admin/review-queue/decisions/route";
import * as reviewQueue from "../admin/review-queue/route";
import * as adImports from "../adstats/imports/route";
import * as campaignCreator from "../campaigns/[id]/creators/[creatorId]/route";
import * as campaignCreators from "../campaigns/[id]/creators/route";
import * as campaign from "../campaigns/[id]/route";
import * as campaignReportExport from "../campaigns/[id]/report/export/route";
import * as campaignReport from "../campaigns/[id]/report/route";
import * as campaignReportSeries from "../campaigns/[id]/report/series/route";
import * as shortlist from "../campaigns/[id]/shortlist/route";
import * as campaignStatusHistory from "../campaigns/[id]/status-history/route";
import * as campaigns from "../campaigns/route";
import * as ctrPredict from "../ctr/predict/route";
import * as matchMessages from "../matches/[id]/messages/route";
import * as match from "../matches/[id]/route";
import * as matchTransitions from "../matches/[id]/transitions/route";
import * as matches from "../matches/route";
import * as notificationsRead from "../notifications/read/route";
import * as notifications from "../notifications/route";
import * as conversions from "../conversions/route";
import * as conversionImport from "../conversions/imports/[id]/route";
import * as conversionImports from "../conversions/imports/route";
import * as escrow from "../escrow/route";
import * as escrowDeposits from "../escrow/deposits/route";
import * as settlementExport from "../settlements/export/route";
import * as settlementTransitions from "../settlements/[id]/transitions/route";
import * as settlements from "../settlements/route";

export const ROUTES: RouteModules = {
  "/api/v1/campaigns": campaigns,
  "/api/v1/campaigns/{id}": campaign,
  "/api/v1/campaigns/{id}/creators": campaignCreators,
  "/api/v1/campaigns/{id}/creators/{creatorId}": campaignCreator,
  "/api/v1/campaigns/{id}/shortlist": shortlist,
  "/api/v1/campaigns/{id}/status-history": campaignStatusHistory,
  "/api/v1/campaigns/{id}/report": campaignReport,
  "/api/v1/campaigns/{id}/report/series": campaignReportSeries,
  "/api/v1/campaigns/{id}/report/export": campaignReportExport,
  "/api/v1/matches": matches,
  "/api/v1/matches/{id}": match,
  "/api/v1/matches/{id}/transitions": matchTransitions,
  "/api/v1/matches/{id}/messages": matchMessages,
  "/api/v1/notifications": notifications,
  "/api/v1/notifications/read": notificationsRead,
  "/api/v1/ctr/predict": ctrPredict,
  "/api/v1/adstats/imports": adImports,
  "/api/v1/admin/review-queue": reviewQueue,
  "/api/v1/admin/review-queue/decisions": reviewDecisions,
  "/api/v1/admin/jobs": adminJobs,
  "/api/v1/conversions": conversions,
  "/api/v1/conversions/imports": conversionImports,
  "/api/v1/conversions/imports/{id}": conversionImport,
  "/api/v1/escrow": escrow,
  "/api/v1/escrow/deposits": escrowDeposits,
  "/api/v1/settlements": settlements,
  "/api/v1/settlements/{id}/transitions": settlementTransitions,
  "/api/v1/settlements/export": settlementExport,
};

// The Korean namespace files client components read from, whole (the parts of a file no
// client component reads ship too): a chunk of its own, loaded in the browser only by pages
// in this locale (intl-client-provider.tsx, which picks CLIENT_MESSAGE_NAMESPACES from them).
// client-messages.test.ts checks them against messages/.
import actions from "@/messages/ko/actions.json";
import adStats from "@/messages/ko/adStats.json";
import apiTokens from "@/messages/ko/apiTokens.json";
import auth from "@/messages/ko/auth.json";
import campaignForm from "@/messages/ko/campaignForm.json";
import campaignList from "@/messages/ko/campaignList.json";
import common from "@/messages/ko/common.json";
import creatorPanel from "@/messages/ko/creatorPanel.json";
import creatorProfile from "@/messages/ko/creatorProfile.json";
import definitions from "@/messages/ko/definitions.json";
import enums from "@/messages/ko/enums.json";
import errors from "@/messages/ko/errors.json";
import findCreators from "@/messages/ko/findCreators.json";
import forecast from "@/messages/ko/forecast.json";
import matchFacts from "@/messages/ko/matchFacts.json";
import money from "@/messages/ko/money.json";
import moneyTerms from "@/messages/ko/moneyTerms.json";
import nav from "@/messages/ko/nav.json";
import report from "@/messages/ko/report.json";
import reviewQueue from "@/messages/ko/reviewQueue.json";
import tracking from "@/messages/ko/tracking.json";
import validation from "@/messages/ko/validation.json";
import vocab from "@/messages/ko/vocab.json";
import workflow from "@/messages/ko/workflow.json";
import youtube from "@/messages/ko/youtube.json";

export const koNamespaceFiles = {
  actions,
  adStats,
  apiTokens,
  auth,
  campaignForm,
  campaignList,
  common,
  creatorPanel,
  creatorProfile,
  definitions,
  enums,
  errors,
  findCreators,
  forecast,
  matchFacts,
  money,
  moneyTerms,
  nav,
  report,
  reviewQueue,
  tracking,
  validation,
  vocab,
  workflow,
  youtube,
};

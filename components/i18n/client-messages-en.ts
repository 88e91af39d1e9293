// The English namespace files client components read from, whole (the parts of a file no
// client component reads ship too): a chunk of its own, loaded in the browser only by pages
// in this locale (intl-client-provider.tsx, which picks CLIENT_MESSAGE_NAMESPACES from them).
// client-messages.test.ts checks them against messages/.
import actions from "@/messages/en/actions.json";
import adStats from "@/messages/en/adStats.json";
import apiTokens from "@/messages/en/apiTokens.json";
import auth from "@/messages/en/auth.json";
import campaignForm from "@/messages/en/campaignForm.json";
import campaignList from "@/messages/en/campaignList.json";
import common from "@/messages/en/common.json";
import creatorPanel from "@/messages/en/creatorPanel.json";
import creatorProfile from "@/messages/en/creatorProfile.json";
import definitions from "@/messages/en/definitions.json";
import enums from "@/messages/en/enums.json";
import errors from "@/messages/en/errors.json";
import findCreators from "@/messages/en/findCreators.json";
import forecast from "@/messages/en/forecast.json";
import matchFacts from "@/messages/en/matchFacts.json";
import money from "@/messages/en/money.json";
import moneyTerms from "@/messages/en/moneyTerms.json";
import nav from "@/messages/en/nav.json";
import report from "@/messages/en/report.json";
import reviewQueue from "@/messages/en/reviewQueue.json";
import tracking from "@/messages/en/tracking.json";
import validation from "@/messages/en/validation.json";
import vocab from "@/messages/en/vocab.json";
import workflow from "@/messages/en/workflow.json";
import youtube from "@/messages/en/youtube.json";

export const enNamespaceFiles = {
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

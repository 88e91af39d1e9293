// Query keys of the workflow screens, from one factory, so that a mutation can
// invalidate exactly what it changed (a transition: that match, the lists, the bell).
export const workflowKeys = {
  all: ["workflow"] as const,
  ranking: (campaignId: string, params: string) =>
    [...workflowKeys.all, "ranking", campaignId, params] as const,
  creatorDetail: (campaignId: string, creatorId: string, filters: string) =>
    [...workflowKeys.all, "creator", campaignId, creatorId, filters] as const,
  shortlist: (campaignId: string) => [...workflowKeys.all, "shortlist", campaignId] as const,
  matches: () => [...workflowKeys.all, "matches"] as const,
  matchList: (params: string) => [...workflowKeys.matches(), "list", params] as const,
  match: (id: string) => [...workflowKeys.matches(), "detail", id] as const,
  messages: (id: string) => [...workflowKeys.matches(), "messages", id] as const,
  notifications: () => [...workflowKeys.all, "notifications"] as const,
  jobs: () => [...workflowKeys.all, "jobs"] as const,
};

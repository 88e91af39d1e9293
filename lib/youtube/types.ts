// The parts of Google's documented response shapes the client reads (YouTube Data API
// v3 resources, YouTube Analytics API v2 resultTable). 64-bit counts arrive as strings.

export type ChannelListResponse = {
  kind: "youtube#channelListResponse";
  etag: string;
  pageInfo: { totalResults: number; resultsPerPage: number };
  items?: Array<{
    kind: "youtube#channel";
    id: string;
    snippet?: { title: string; description?: string; customUrl?: string; country?: string };
    contentDetails?: { relatedPlaylists?: { uploads?: string } };
    statistics?: {
      viewCount?: string;
      subscriberCount?: string;
      hiddenSubscriberCount?: boolean;
      videoCount?: string;
    };
  }>;
};

export type PlaylistItemListResponse = {
  kind: "youtube#playlistItemListResponse";
  nextPageToken?: string;
  pageInfo: { totalResults: number; resultsPerPage: number };
  items?: Array<{
    snippet?: { title?: string; publishedAt?: string; resourceId?: { videoId?: string } };
    contentDetails?: { videoId: string; videoPublishedAt?: string };
  }>;
};

export type VideoListResponse = {
  kind: "youtube#videoListResponse";
  items?: Array<{
    id: string;
    snippet?: { channelId?: string; publishedAt?: string };
    contentDetails?: { duration?: string };
    statistics?: { viewCount?: string; likeCount?: string; commentCount?: string };
  }>;
};

export type ResultTable = {
  kind: "youtubeAnalytics#resultTable";
  columnHeaders: Array<{ name: string; columnType: string; dataType: string }>;
  /** Left out by the API when there is nothing to report (a new channel). */
  rows?: Array<Array<string | number>>;
};

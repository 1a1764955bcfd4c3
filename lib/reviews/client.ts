// What "use client" components may import from this domain: pure helpers, view types and
// constants. Nothing here may reach the database or Node APIs.
export {
  LOG_IN_TO_VOTE,
  REVIEW_BODY_MAX,
  REVIEW_NAME_MAX,
  REVIEW_TITLE_MAX,
  reviewFormPath,
  reviewsPath,
} from "./input";
export type * from "./types";

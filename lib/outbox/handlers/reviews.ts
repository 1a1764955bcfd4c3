import { scheduleReviewRequest, sendReviewRequest } from "@/lib/review-requests";
import { defineHandler } from "../types";

// Review requests (lib/review-requests): a delivered order schedules one, delayed a few days;
// when it comes due, one email asks the buyer about what they received.

export const scheduleReviewRequestHandler = defineHandler({
  id: "schedule-review-request",
  event: "shop/order.delivered",
  run: ({ data }, { db }) => scheduleReviewRequest(db, data),
});

export const sendReviewRequestEmail = defineHandler({
  id: "request-review",
  event: "shop/review.request-due",
  run: (event, { db, email }) => sendReviewRequest({ db, sender: email }, event),
});

import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ActionButton } from "@/components/account/action-button";
import { AdminPage } from "@/components/admin/admin-page";
import { InlineForm } from "@/components/admin/inline-form";
import { Pagination } from "@/components/pagination";
import { Stars } from "@/components/reviews/stars";
import { EmptyList, FilterForm, FilterSelect, optionsOf } from "@/components/admin/list-filters";
import { TextField } from "@/components/ui/form-controls";
import { pageNumber } from "@/lib/admin";
import { productPath } from "@/lib/catalog";
import { formatDateTime } from "@/lib/format";
import {
  HIDE_REASON_MAX,
  isReviewStatus,
  listReviewsForStaff,
  REVIEW_REPLY_MAX,
  REVIEW_STATUSES,
  reviewStatusLabels,
} from "@/lib/reviews";
import { getSettings } from "@/lib/settings";
import { hideReviewAction, publishReviewAction, replyToReviewAction } from "./actions";

export const metadata: Metadata = { title: "Reviews" };

export default async function ReviewsModerationPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; status?: string }>;
}) {
  await connection();
  const p = await searchParams;
  const status = isReviewStatus(p.status) ? p.status : undefined;
  const [{ rows, page, pageCount, total }, store] = await Promise.all([
    listReviewsForStaff(pageNumber(p.page), status),
    getSettings("store"),
  ]);
  const hrefFor = (n: number) =>
    `/admin/reviews?${new URLSearchParams({ ...(status ? { status } : {}), page: String(n) })}`;
  return (
    <AdminPage
      title="Reviews"
      description={`${total} review${total === 1 ? "" : "s"}${status ? `, ${reviewStatusLabels[status].toLowerCase()}` : ""}, newest first`}
    >
      <FilterForm label="Reviews">
        <FilterSelect
          name="status"
          label="Status"
          value={status}
          any="Any status"
          options={optionsOf(REVIEW_STATUSES, (s) => reviewStatusLabels[s])}
        />
      </FilterForm>
      {rows.length === 0 ? (
        <EmptyList>
          {status ? `No reviews are ${reviewStatusLabels[status].toLowerCase()}.` : "No reviews yet."}
        </EmptyList>
      ) : (
        <ul className="mt-6 space-y-4">
          {rows.map((r) => (
            <li key={r.id}>
              <article aria-labelledby={`review-${r.id}`} className="rounded-lg border border-gray-200 bg-white p-5">
                <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-gray-700">
                  <span>
                    <Link href={productPath(r.productSlug)} className="font-medium text-gray-950 underline">
                      {r.productName}
                    </Link>{" "}
                    · {r.authorName} ({r.authorEmail}) · {formatDateTime(r.createdAt, { timeZone: store.timeZone })}
                  </span>
                  <span className="rounded bg-gray-100 px-2 py-0.5 font-medium text-gray-900">
                    {reviewStatusLabels[r.status]}
                  </span>
                </div>
                <div className="mt-2">
                  <Stars rating={r.rating} />
                </div>
                <h2 id={`review-${r.id}`} className="mt-1 font-semibold text-gray-950">
                  {r.title}
                </h2>
                <p className="mt-1 whitespace-pre-line text-gray-800">{r.body}</p>
                {r.status === "hidden" && r.hiddenReason && (
                  <p className="mt-2 text-sm text-gray-700">Hidden because: {r.hiddenReason}</p>
                )}
                <div className="mt-4 flex flex-wrap items-start gap-6 border-t border-gray-100 pt-4">
                  {r.status !== "published" && (
                    <ActionButton
                      action={publishReviewAction}
                      fields={{ reviewId: r.id }}
                      label={
                        <>
                          Publish<span className="sr-only"> review {r.id}</span>
                        </>
                      }
                    />
                  )}
                  {r.status !== "hidden" && (
                    <InlineForm
                      action={hideReviewAction}
                      idScope={`hide-${r.id}`}
                      submitLabel={
                        <>
                          Hide<span className="sr-only"> review {r.id}</span>
                        </>
                      }
                    >
                      <input type="hidden" name="reviewId" value={r.id} />
                      <TextField name="reason" label="Reason for hiding" required maxLength={HIDE_REASON_MAX} />
                    </InlineForm>
                  )}
                  <InlineForm
                    action={replyToReviewAction}
                    idScope={`reply-${r.id}`}
                    submitLabel={
                      <>
                        Save reply<span className="sr-only"> to review {r.id}</span>
                      </>
                    }
                  >
                    <input type="hidden" name="reviewId" value={r.id} />
                    <TextField
                      name="reply"
                      label="Public reply"
                      defaultValue={r.reply ?? ""}
                      maxLength={REVIEW_REPLY_MAX}
                      hint="Shown under the review. Empty removes it."
                    />
                  </InlineForm>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </AdminPage>
  );
}

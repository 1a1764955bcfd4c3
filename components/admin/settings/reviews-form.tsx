"use client";

import { ActionForm, type FormAction, FormMessage } from "@/components/ui/action-form";
import { Checkbox, SubmitButton } from "@/components/ui/form-controls";
import type { ReviewSettings } from "@/lib/settings/client";

export function ReviewsSettingsForm({
  action,
  settings,
  canEdit,
}: {
  action: FormAction;
  settings: ReviewSettings;
  canEdit: boolean;
}) {
  return (
    <ActionForm action={action} aria-label="Review settings" className="max-w-xl space-y-6">
      <fieldset disabled={!canEdit} className="space-y-4">
        <Checkbox
          name="holdForModeration"
          label="Hold new reviews for moderation"
          defaultChecked={settings.holdForModeration}
        />
        <p className="text-sm text-gray-700">
          When on, a new or edited review waits in Reviews until staff publish it. When off, a buyer&apos;s review shows
          at once and staff can still hide it.
        </p>
        <FormMessage />
        {canEdit && <SubmitButton>Save review settings</SubmitButton>}
      </fieldset>
    </ActionForm>
  );
}

// The form primitives live in components/ui; this path stays for the forms that import
// it (components/admin, the admin filter bars).
export { describedBy, fieldIds, inputClass } from "@/components/ui/field-ids";
export { Checkbox, FieldError, SubmitButton, TextField } from "@/components/ui/form-controls";
export { errorsFor, FormMessage, useSubmitWithoutReset, type FormAction } from "@/components/ui/action-form";

// Rendering and sending emails, and the sent-email log (the dev mailbox and /admin/emails).
export { MAILBOX_PAGE_SIZE, canViewMailbox, getEmail, listEmails } from "./mailbox";
export { htmlForPreview } from "./preview";
export { sendEmail } from "./send-email";
export type { TemplateName, TemplateProps } from "./templates";
export { getEmailSender } from "./sender";
export type { EmailSender } from "./sender";
export type { EmailStatus } from "./types";

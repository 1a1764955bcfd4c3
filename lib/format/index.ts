// Display helpers shared by pages and emails.
export { formatDate, formatDateTime, formatLongDate, formatLongDateTime, formatMediumDateTime } from "./dates";

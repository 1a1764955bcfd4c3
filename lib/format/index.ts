// Display helpers shared by pages and emails.
export {
  STORE_TIME_ZONE,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatLongDateTime,
  formatMediumDateTime,
} from "./dates";

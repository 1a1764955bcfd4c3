// What "use client" components and pure modules may import from this domain: nothing here
// reaches the database or Node APIs.
export { normalizePhone } from "./phone";

// The staff area's reads and writes. Every write is audited; app/admin's actions call these
// through runAdmin.
export { recordAudit } from "./audit";
export { AUDIT_PAGE_SIZE, listAuditLog } from "./audit-reads";
export { createCategory, deleteCategory, moveCategory, renameCategory, reorderCategory } from "./categories";
export { staffCsvResponse } from "./csv-response";
export { CUSTOMER_KINDS, getCustomer, getGuestCustomer, listCustomers } from "./customer-reads";
export type { CustomerRow } from "./customer-reads";
export { setStaffRole } from "./customers";
export {
  fulfilmentCounts,
  lastDays,
  parseDayRange,
  recentOrders,
  salesByDay,
  salesSummary,
  topProducts,
} from "./dashboard-reads";
export type { DailySales, DayRange, SalesSummary } from "./dashboard-reads";
export {
  DISCOUNT_STATUSES,
  discountStatusLabels,
  getDiscount,
  isDiscountStatus,
  listDiscounts,
} from "./discount-reads";
export type { DiscountStatus } from "./discount-reads";
export { discountFormSchema, saveDiscount, setDiscountActive } from "./discounts";
export { AdminError } from "./errors";
export { listFailedEvents } from "./event-reads";
export { addProductImage, checkImage, updateProductImage, updateProductImageAlt } from "./images";
export { MAX_STOCK, STOCK_CHANGE_RANGE } from "./limits";
export { exportOrdersCsv } from "./order-csv";
export { approveOrder, approveOrderSchema, changeOrder, orderActionSchema } from "./order-changes";
export { getAdminOrder, getPackingSlip, listAdminOrders } from "./order-reads";
export type { OrderFilters } from "./order-reads";
export { pageNumber, rowId } from "./params";
export { PRODUCT_CSV_HEADER, importProductsCsv } from "./product-csv";
export { exportProductsCsv } from "./product-csv-export";
export { emptyProductDefaults, productFormDefaults } from "./product-defaults";
export { productFormSchema, toProductInput } from "./product-input";
export { getAdminProduct, listAdminProducts, listCategoryTree, listLowStock, listStockHistory } from "./product-reads";
export type { ProductStatusFilter } from "./product-reads";
export { deleteOrArchiveProduct, saveProduct, setProductStatus } from "./products";
export { refreshCatalog } from "./revalidate";
export { adjustStock } from "./stock";
export type { AdminProductImage } from "./types";
export { adminAction, type AdminContext } from "./action";
export { retryFailedEvent } from "./events";
export { getSettingsForStaff, saveSettings, storeSettingsImage } from "./settings";
export { shippingErrorFields, shippingFromForm } from "./settings-forms/shipping";
export { taxErrorFields, taxFromForm } from "./settings-forms/tax";
export type { ProductOptionInput } from "./types";
export { imageChoices } from "./variant-matrix";

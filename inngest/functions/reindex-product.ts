import { handlerFunction } from "../handler-function";

export const reindexChangedProduct = handlerFunction("reindex-product");

// A shopper's account: profile, addresses and security settings.
export { COUNTRY_RULES, isCountryCode } from "./address-rules";
export { addressInputSchema } from "./address-schema";
export {
  MAX_ADDRESSES,
  createAddress,
  deleteAddress,
  getAddress,
  listAddresses,
  setDefaultAddress,
  updateAddress,
} from "./addresses";
export { getProfile, updateName } from "./profile";
export { changePassword, requestEmailChange, resendVerification } from "./security";
export type { SavedAddress } from "./types";

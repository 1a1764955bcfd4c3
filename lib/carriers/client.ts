// What pure modules may import from this domain: nothing here reaches the database or Node APIs.
export {
  CARRIER_METHOD,
  carrierStatusLabel,
  type ChosenRate,
  chosenRateSchema,
  rateDelivery,
  rateLabel,
} from "./chosen-rate";

import { searchContractorChoices } from "@/lib/pickers/contractor-picker";
import { pickerRoute } from "../../picker-route";

/** Type-ahead over the registry for a contract's contractor: the registry's readers only (decision 0228). */
export const GET = pickerRoute("/pickers/contractors", ["official", "investigator"], searchContractorChoices);

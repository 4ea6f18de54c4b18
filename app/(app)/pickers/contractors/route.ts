import { searchContractorChoices, searchSubcontractorChoices } from "@/lib/pickers/contractor-picker";
import { pickerRoute } from "../../picker-route";

/**
 * Type-ahead over the registry (decision 0228): a contract's contractor for officials and investigators, a
 * subcontractor for a contractor — any registered legal entity, as the public registry shows it (decision 0238).
 */
export const GET = pickerRoute("/pickers/contractors", ["official", "investigator", "contractor"], (input) =>
  input.actor.role === "contractor" ? searchSubcontractorChoices(input) : searchContractorChoices(input),
);

import { searchEvidenceChoices } from "@/lib/pickers/evidence-picker";
import { pickerRoute } from "../../picker-route";

/** Type-ahead over payments, invoices and companies for a case's evidence: investigators only (decision 0228). */
export const GET = pickerRoute("/pickers/evidence", ["investigator"], searchEvidenceChoices);

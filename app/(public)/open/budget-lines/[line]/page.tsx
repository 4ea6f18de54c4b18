import { areaRoute } from "@/components/open/area-profile";

/** A budget line's public profile (issue 16); an unknown or malformed id or classification is a 404. */
const route = areaRoute("budgetLine", "line", "/open/budget-lines");

export const generateMetadata = route.generateMetadata;
export default route.Page;

import { areaRoute } from "@/components/open/area-profile";

/** A region's public profile (issue 16); an unknown or malformed code is a 404. */
const route = areaRoute("region", "code", "/open/regions");

export const generateMetadata = route.generateMetadata;
export default route.Page;

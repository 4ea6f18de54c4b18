import { areaRoute } from "@/components/open/area-profile";

/** A ministry's public profile (issue 16); an unknown or malformed id is a 404. */
const route = areaRoute("ministry", "id", "/open/ministries");

export const generateMetadata = route.generateMetadata;
export default route.Page;

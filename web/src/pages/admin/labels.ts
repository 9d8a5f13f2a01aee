import type { PersonCategory } from "../../gql/graphql";

export const PERSON_CATEGORIES: PersonCategory[] = [
  "PRINCIPAL_LEADER",
  "DEPUTY_LEADER",
  "ENFORCEMENT_OFFICER",
  "ASSISTING_STAFF",
];

export { PERSON_CATEGORY_LABELS } from "../../lib/audience";

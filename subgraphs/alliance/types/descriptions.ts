/** Field descriptions the Alliance's inputs share. */

export const COUNTRY_CODE = "Alpha-3 code of the state.";

export const GROUNDS = "The grounds of the decision, kept on the record.";

export const DECIDED_ON = "Day of the decision; today when omitted.";

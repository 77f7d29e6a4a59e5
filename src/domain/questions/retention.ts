/** Closed questions are erased this many months after closing (the privacy statement says so); answers for all stay. */
export const closedQuestionRetentionMonths = 24;

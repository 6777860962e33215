/** The hand-coded baseline workflows, bundled for the benchmarks' workers only (never with workflows/). */
export { handCodedFundRequest } from './hand-coded-fund-request.js';
export { handCodedReview } from './hand-coded-review.js';

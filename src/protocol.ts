/**
 * airtnt/protocol: the wire messages, the signed payment and session-opening layouts, round records,
 * the executor's signed terms, pricing and sealing (docs/protocol.md). Pure: no I/O.
 */
export { decodeMessage, encodeMessage, ERROR_CODE_PATTERN, MAX_AMOUNT, printableText, SESSION_SUBPROTOCOLS, sessionLinkVersion, WIRE_LIMITS } from './protocol/messages.js';
export type { ErrorMessage, KeyMessage, Message, MessageKindName, OpenMessage, PayMessage, ResultMessage, SessionLinkVersion } from './protocol/messages.js';
export {
  isPaymentSignedBy,
  keyHashOf,
  MAX_PAYMENT_AMOUNT,
  PAYMENT_TYPES,
  paymentDigest,
  paymentTypedData,
  recoverPaymentSigner,
  recoverPaymentSignerKey,
  ROUND_KEY_LENGTH,
  signPayment,
} from './protocol/payment.js';
export type { ChannelDomain, PaymentTerms } from './protocol/payment.js';
export { isPaymentSignedByKey, preparePaymentKey, type PreparedPaymentKey } from './protocol/payment-key.js';
export { recoverSessionOpenSigner, sessionOpenTypedData, signSessionOpen } from './protocol/session-open.js';
export type { SessionDomain, SessionOpenTerms } from './protocol/session-open.js';
export { checkRoundRecord, decodeRecord, encodeRecord, RECORD_FLAG_INSECURE, RECORD_LENGTH, RECORD_VERSION, verifyRecordSignature } from './protocol/record.js';
export type { ExpectedRound, RoundRecord } from './protocol/record.js';
export { encodeInfoStatement, INFO_STATEMENT_DOMAIN, verifyInfoStatement } from './protocol/info-statement.js';
export type { InfoStatement } from './protocol/info-statement.js';
export { billedCycles, roundPrice, WORK_UNITS_PER_CYCLE } from './protocol/pricing.js';
export { openRoundResult, sealModule, sealSessionOpening, stateCommitment } from './protocol/sealing.js';
export { decryptData, decryptModule, encryptData, encryptModule, generateOwnerKey } from './protocol/owner-data.js';
export { openOwnerReleases, ownersDigest, type OwnerOpening, type OwnerRelease } from './protocol/owner-opening.js';
export {
  encodeReleaseBinding, openRelease, openResultSecret, releaseRequestStatement, REQUESTER_RECIPIENT, sealRelease, sealResultSecret, verifyReleaseRequest,
  type OwnerRole, type ReleaseBinding, type ReleaseKind, type ReleasePlaintext, type SessionBinding,
} from './protocol/release.js';
export type { OpenRoundResultParameters, SessionOpeningFields } from './protocol/sealing.js';
// The primitives the checks and layers take as their optional last argument (noble by default).
export { NOBLE_PRIMITIVES, type CryptoPrimitives } from './crypto/primitives.js';

/**
 * Pure helpers of the executor's connection handler (executor-connection.ts): frame bytes, the
 * result message, the opening's signer, protocol-order errors.
 */
import type { Address, Hex } from 'viem';
import type { OpenMessage, ResultMessage } from '../protocol/messages.js';
import type { RoundRecord } from '../protocol/record.js';
import { recoverSessionOpenSigner, type SessionDomain } from '../protocol/session-open.js';
import type { RoundResult } from '../enclave/types.js';
import { AirtntError } from '../util/errors.js';

/** The requester who signed the opening: the channel looked up is (signer, executor, token, lane). */
export function openingSigner(
  domain: SessionDomain,
  executor: Address,
  token: Address,
  open: OpenMessage,
): Promise<Address> {
  return recoverSessionOpenSigner(
    domain,
    {
      executor,
      token,
      lane: open.lane,
      sessionId: open.sessionId,
      functionMeasurement: open.functionMeasurement,
      sealedSession: open.sealedSession,
      firstRound: open.firstRound,
      rate: open.rate,
      base: open.base,
      roundCycles: open.cycles,
      sessionCycles: open.sessionCycles,
    },
    open.signature,
  );
}

/**
 * @param options.withCommitment a session whose results go to a named recipient: the requester cannot compute the input commitment.
 * @param options.derivesKeyHash the requester takes the key hash from the key of the round before: left out when it is that key.
 */
export function resultMessage(round: bigint, result: RoundResult, record: RoundRecord, options: { withCommitment?: boolean; derivesKeyHash?: boolean } = {}): ResultMessage {
  const withCommitment = options.withCommitment === true;
  return {
    kind: 'result',
    round,
    cyclesDone: Number(record.cyclesDone),
    ...(options.derivesKeyHash === true && result.keyChained === true ? {} : { keyHash: record.keyHash }),
    signature: result.signature,
    stateCiphertext: result.stateCiphertext,
    outputsCiphertext: result.outputsCiphertext,
    workUnits: Number(record.workUnits),
    ...(withCommitment ? { inputStateCommitment: record.inputStateCommitment } : {}),
    // The enclave's secp256k1 RoundRecord claim (executors serving a registry): proof against a fork.
    ...(result.recordClaim === undefined ? {} : { recordClaim: result.recordClaim }),
  };
}

export function outOfOrder(got: string, expected: string): AirtntError {
  return new AirtntError('MESSAGE_OUT_OF_ORDER', `unexpected "${got}" message`, { details: { got, expected } });
}

export function hexToBytes32(hex: Hex): Uint8Array {
  return new Uint8Array(Buffer.from(hex.slice(2), 'hex'));
}

/** A ws message as bytes (ws hands over a Buffer, an ArrayBuffer or fragments). */
export function frameBytes(data: unknown): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data as Buffer[]));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array((data as Buffer).buffer, (data as Buffer).byteOffset, (data as Buffer).byteLength);
}

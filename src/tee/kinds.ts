/** The TEE providers' names, apart from the providers themselves (command-line help needs only these). */
export const TEE_PROVIDER_KINDS = ['simulated', 'tdx', 'sev-snp'] as const;
export type TeeProviderKind = (typeof TEE_PROVIDER_KINDS)[number];

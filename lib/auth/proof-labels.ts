// The label of the proof field (lib/auth/proof.ts), shared by the server pages and the client forms.
export const PROOF_LABEL_CODE = "Code or recovery code to confirm";
